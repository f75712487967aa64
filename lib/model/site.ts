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
  /** Files made after rendering from the whole site (search data), written with the pages. */
  generated: { destPath: string; content: string }[];
  /** Wall-clock time of this build, `site.time`. */
  readonly time: import('../values/time.js').RubyTime;
}

export function posts(site: Site): Collection {
  return site.collections.find((c) => c.label === 'posts')!;
}

export function allDocuments(site: Site): Document[] {
  return site.collections.flatMap((c) => c.docs);
}
