import path from 'node:path';
import type { Hash } from '../config/merge.js';
import { notYetRendered, type Document } from '../model/document.js';
import { pageDir } from '../read/page.js';
import type { Site } from '../model/site.js';
import { destinationFor, outputExt } from '../read/output-ext.js';
import { sanitizeUrl } from '../url/url.js';

export interface VirtualPageSpec {
  /** The page's `name` (`sitemap.xml`, `redirect.html`); also its URL unless `permalink` is given. */
  name: string;
  /** Jekyll's `path` for it; defaults to the name. */
  path?: string;
  permalink?: string;
  data: Hash;
  content?: string;
  /** Unique among the site's pages: the key a rebuild and dependency tracking know it by. */
  key: string;
  /**
   * The existing file that makes this page exist, for tools that read a page's source (error frames,
   * the link checker): the page that asks for a redirect, or the site's configuration.
   */
  madeFrom: string;
}

/** Jekyll's PageWithoutAFile: a page a plugin makes with no source file of its own. */
export function virtualPage(site: Site, spec: VirtualPageSpec): Document {
  const ext = path.posix.extname(spec.name);
  const outExt = outputExt(site.config, ext, spec.permalink);
  const url = sanitizeUrl(spec.permalink ?? `/${spec.name}`);
  const content = spec.content ?? '';
  const data: Hash = spec.permalink === undefined ? { ...spec.data } : { ...spec.data, permalink: spec.permalink };
  const liquid: Hash = {
    ...data,
    content,
    dir: pageDir(url),
    excerpt: null,
    name: spec.name,
    path: spec.path ?? spec.name,
    url,
  };
  return {
    kind: 'page',
    sourcePath: spec.key,
    absolutePath: spec.madeFrom,
    relativePath: spec.path ?? spec.name,
    collection: null,
    data,
    content,
    rawContent: content,
    origin: {},
    bodyLine: 1,
    ...notYetRendered(),
    url,
    destPath: destinationFor(url, outExt, 'index'),
    ext,
    outputExt: outExt,
    date: null,
    liquid,
  };
}

/** The site's first configuration file, which turns its plugins on. */
export function configFile(site: Site): string {
  return path.join(site.config.source, '_config.yml');
}
