import path from 'node:path';
import type { Collection } from '../model/collection.js';
import type { StaticFile } from '../model/static-file.js';
import { generateUrl, unescapePath } from '../url/url.js';
import type { ReadContext } from './read-context.js';

/** A file copied as it is. `dir` is Jekyll's: relative to the source, or to `collections_dir` in a collection. */
export function createStaticFile(
  ctx: ReadContext,
  sourcePath: string,
  absolutePath: string,
  mtimeMs: number,
  collection: Collection | null,
  dir: string,
): StaticFile {
  const name = path.posix.basename(sourcePath);
  const relativePath = collection ? `${dir}/${name}` : `/${dir ? `${dir}/` : ''}${name}`;
  const extname = path.posix.extname(name);
  const basename = name.slice(0, name.length - extname.length).replace(/\.*$/, '');
  const url = staticUrl(collection, relativePath, extname, basename);
  const liquid = {
    ...ctx.defaults.all(relativePath, collection?.label ?? null),
    name,
    extname,
    basename,
    modified_time: mtimeMs,
    path: relativePath,
    collection: collection?.label ?? null,
  };
  return {
    sourcePath,
    absolutePath,
    relativePath,
    destPath: unescapePath(url).replace(/^\/+/, ''),
    url,
    liquid,
    mtimeMs,
  };
}

function staticUrl(collection: Collection | null, relativePath: string, extname: string, basename: string): string {
  let cleaned = relativePath.slice(0, relativePath.length - extname.length).replace(/\.*$/, '');
  if (!collection) return `${cleaned}${extname}`;
  cleaned = cleaned.replace(collection.directory.split('/').pop()!, '');
  const template = collection.config.permalink ?? '/:collection/:path:output_ext';
  const placeholders = { collection: collection.label, path: cleaned, output_ext: '', name: basename, title: '' };
  return `${generateUrl(template, null, placeholders, false).replace(/\/$/, '')}${extname}`;
}
