import path from 'node:path';
import { deepMerge, type Hash } from '../config/merge.js';
import { notYetRendered, type Document } from '../model/document.js';
import { fillFromHash, sanitizeUrl } from '../url/url.js';
import type { ReadContext } from './read-context.js';
import { parseSourceFile } from './source-text.js';
import { HTML_EXTENSIONS, addPermalinkSuffix, destinationFor, outputExt } from './output-ext.js';

/** A file with front matter outside the special folders becomes a page. */
export function createPage(ctx: ReadContext, dir: string, name: string, absolutePath: string): Document {
  const sourcePath = dir ? `${dir}/${name}` : name;
  const parsed = parseSourceFile(ctx, sourcePath, absolutePath);
  const defaults = ctx.defaults.all(sourcePath, 'pages');
  const data = withDefaults(parsed.frontMatter, defaults);
  const ext = path.posix.extname(name);
  const basename = name.slice(0, name.length - ext.length);
  const outExt = outputExt(ctx.config, ext, data.permalink);
  const url = pageUrl(ctx, dir, basename, outExt, data.permalink);
  const liquid: Hash = deepMerge(defaults, parsed.frontMatter);
  const page: Document = {
    kind: 'page',
    sourcePath,
    absolutePath,
    relativePath: sourcePath,
    collection: null,
    data,
    content: parsed.body,
    rawContent: parsed.body,
    origin: parsed,
    bodyLine: parsed.bodyLine,
    ...notYetRendered(),
    url,
    destPath: destinationFor(url, outExt, 'index'),
    ext,
    outputExt: outExt,
    date: null,
    liquid,
  };
  Object.assign(liquid, {
    content: page.content,
    dir: pageDir(url),
    excerpt: null,
    name,
    path: typeof data.path === 'string' ? data.path : sourcePath,
    url,
  });
  return page;
}

/** Front matter, with defaults for the keys it does not set (Jekyll's default_proc). */
export function withDefaults(frontMatter: Hash, defaults: Hash): Hash {
  const data: Hash = { ...frontMatter };
  for (const [key, value] of Object.entries(defaults)) if (!(key in data)) data[key] = value;
  return data;
}

function pageUrl(ctx: ReadContext, dir: string, basename: string, ext: string, permalink: unknown): string {
  const template = !HTML_EXTENSIONS.has(ext)
    ? '/:path/:basename:output_ext'
    : basename === 'index'
      ? '/:path/'
      : addPermalinkSuffix('/:path/:basename', ctx.config.permalink);
  const chosen = typeof permalink === 'string' && permalink ? permalink : template;
  return sanitizeUrl(fillFromHash(chosen, { path: dir ? `/${dir}` : '', basename, output_ext: ext }));
}

/** Jekyll's Page#dir: the URL itself when it ends with `/`, else the folder of the URL. */
export function pageDir(url: string): string {
  if (url.endsWith('/')) return url;
  const dir = path.posix.dirname(url);
  return dir.endsWith('/') ? dir : `${dir}/`;
}
