import type { SiteConfig } from '../config/config.js';
import type { Hash } from '../config/merge.js';
import type { Collection } from './collection.js';
import type { Document } from './document.js';
import type { Layout } from './layout.js';
import type { StaticFile } from './static-file.js';

/** Everything read from the source for one build. */
export interface Site {
  readonly config: SiteConfig;
  pages: Document[];
  staticFiles: StaticFile[];
  collections: Collection[];
  layouts: Map<string, Layout>;
  data: Hash;
  /**
   * Files made after rendering from the whole site (search data), written with the pages; `bytes` when a file is
   * made in pieces, written from them (see lib/search/pieced-file.ts).
   */
  generated: { destPath: string; readonly content: string; readonly bytes?: { readonly key: string; pieces(): Buffer[] } }[];
  /** Wall-clock time of this build, `site.time`. */
  readonly time: import('../values/time.js').RubyTime;
}

/** The `posts` collection, which every site has. */
export function postsCollection(site: Site): Collection {
  return site.collections.find((c) => c.label === 'posts')!;
}

/** Every collection document (posts included), collection by collection. */
export function collectionDocuments(site: Site): Document[] {
  return site.collections.flatMap((c) => c.docs);
}

/** The documents of the collections that are written (`output: true`). */
export function writtenDocuments(site: Site): Document[] {
  return site.collections.filter((c) => c.config.output).flatMap((c) => c.docs);
}

/** Jekyll's render order: every collection document, then every page. */
export function renderOrder(site: Site): Document[] {
  return [...collectionDocuments(site), ...site.pages];
}

/** Pages and documents by their path in the source. */
export function documentsByPath(site: Site): Map<string, Document> {
  return new Map(renderOrder(site).map((d) => [d.sourcePath, d]));
}
