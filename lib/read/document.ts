import path from 'node:path';
import { deepMerge, type Hash } from '../config/merge.js';
import { SiteError } from '../errors/site-error.js';
import type { Collection } from '../model/collection.js';
import { notYetRendered, type Document } from '../model/document.js';
import { InvalidDateError, parseJekyllDate } from '../time/index.js';
import { RubyTime } from '../values/time.js';
import { documentPlaceholders } from '../url/placeholders.js';
import { generateUrl, UnknownPlaceholderError } from '../url/url.js';
import type { ReadContext } from './read-context.js';
import { parseSourceFile } from './source-text.js';
import { addPermalinkSuffix, destinationFor, outputExt } from './output-ext.js';

const DATE_FILENAME = /^(?:.+\/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$/;
const DATELESS_FILENAME = /^(?:.+\/)*(.*)(\.[^.]+)$/;

export interface DocumentSource {
  collection: Collection;
  /** Path from the source folder. */
  sourcePath: string;
  absolutePath: string;
  draft: boolean;
}

/** A collection document (posts and drafts included), read as Jekyll's Document#read does. */
export function createDocument(ctx: ReadContext, src: DocumentSource): Document {
  const relativePath = stripCollectionsDir(ctx, src.sourcePath);
  const parsed = parseSourceFile(ctx, src.sourcePath, src.absolutePath);
  const special = src.draft ? '_drafts' : src.collection.directory.split('/').pop()!;
  let data: Hash = { categories: categoriesFromPath(relativePath, special) };
  const type = src.collection.label;
  data = mergeData(ctx, data, ctx.defaults.all(relativePath, type), relativePath);
  data = mergeData(ctx, data, parsed.frontMatter, relativePath);
  if (src.draft) data.draft = true;
  else if (src.collection.label === 'posts') data.draft = false;
  populateTitle(ctx, data, relativePath);
  data.categories = uniqueStrings([...toArray(data.categories), ...pluralized(data, 'category', 'categories')]);
  data.tags = pluralized(data, 'tag', 'tags');
  if (!(data.date instanceof RubyTime)) data.date = src.draft ? ctx.zone.timeAt(ctx.sources.entry(src.absolutePath).mtimeMs) : ctx.now;
  const ext = path.posix.extname(src.sourcePath);
  const outExt = outputExt(ctx.config, ext, data.permalink);
  const url = documentUrl(ctx, src.collection, relativePath, ext, outExt, data);
  const doc: Document = {
    kind: 'document',
    sourcePath: src.sourcePath,
    absolutePath: src.absolutePath,
    relativePath,
    collection: src.collection,
    data,
    content: parsed.body,
    rawContent: parsed.body,
    origin: parsed,
    bodyLine: parsed.bodyLine,
    ...notYetRendered(),
    url,
    destPath: destinationFor(url, outExt, 'index.html'),
    ext,
    outputExt: outExt,
    date: data.date as RubyTime,
    liquid: {},
  };
  return doc;
}

function stripCollectionsDir(ctx: ReadContext, sourcePath: string): string {
  const dir = ctx.config.collectionsDir;
  return dir && sourcePath.startsWith(`${dir}/`) ? sourcePath.slice(dir.length + 1) : sourcePath;
}

function categoriesFromPath(relativePath: string, specialDir: string): string[] {
  if (relativePath.startsWith(specialDir)) return [];
  const at = relativePath.indexOf(specialDir);
  const superdirs = at < 0 ? relativePath : relativePath.slice(0, at);
  const basename = path.posix.basename(relativePath);
  return superdirs.split('/').filter((c) => c !== '' && c !== specialDir && c !== basename);
}

/** Document#merge_data!: categories accumulate, nil never overrides, `date` is parsed. */
function mergeData(ctx: ReadContext, data: Hash, other: Hash, relativePath: string): Hash {
  const incoming = { ...other };
  if (incoming.categories !== undefined && incoming.categories !== null) {
    const cats = typeof incoming.categories === 'string' ? incoming.categories.split(/\s+/).filter(Boolean) : toArray(incoming.categories);
    incoming.categories = Array.isArray(data.categories) ? unionOf(data.categories, cats) : cats;
  }
  const merged = deepMerge(data, incoming);
  if ('date' in incoming && incoming.date !== null && incoming.date !== undefined) {
    merged.date = parseDocumentDate(ctx, incoming.date, relativePath);
  }
  return merged;
}

function parseDocumentDate(ctx: ReadContext, value: unknown, relativePath: string): RubyTime {
  try {
    return parseJekyllDate(String(value), ctx.zone);
  } catch (error) {
    if (!(error instanceof InvalidDateError)) throw error;
    throw new SiteError(`Document '${relativePath}' does not have a valid date in the YAML front matter: '${String(value)}'.`, {
      file: relativePath,
    });
  }
}

function populateTitle(ctx: ReadContext, data: Hash, relativePath: string): void {
  let slug: string | undefined;
  let ext: string | undefined;
  const dated = DATE_FILENAME.exec(relativePath);
  if (dated) {
    slug = dated[2];
    ext = dated[3];
    if (!(data.date instanceof RubyTime)) data.date = parseDocumentDate(ctx, dated[1], relativePath);
  } else {
    const plain = DATELESS_FILENAME.exec(relativePath);
    if (plain) [slug, ext] = [plain[1], plain[2]];
  }
  slug = (slug ?? path.posix.basename(relativePath).replace(/\.[^.]*$/, '')).replace(/\.*$/, '');
  if (!data.title) data.title = slug.split('-').map(capitalize).join(' ');
  if (!data.slug) data.slug = slug;
  if (!data.ext) data.ext = ext ?? null;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function pluralized(data: Hash, singular: string, plural: string): unknown[] {
  let value: unknown;
  if (data[singular] !== undefined && data[singular] !== null) value = data[singular];
  else {
    const raw = data[plural];
    value = typeof raw === 'string' ? raw.split(/\s+/).filter(Boolean) : Array.isArray(raw) ? raw.filter((v) => v !== null) : raw;
  }
  return [value].flat(Infinity).filter((v) => v !== null && v !== undefined);
}

function toArray(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function uniqueStrings(values: unknown[]): string[] {
  return [...new Set(values.flat(Infinity).map((v) => String(v)))];
}

function unionOf(a: unknown[], b: unknown[]): unknown[] {
  const out = [...a];
  for (const item of b) if (!out.includes(item)) out.push(item);
  return out;
}

function documentUrl(
  ctx: ReadContext,
  collection: Collection,
  relativePath: string,
  ext: string,
  outExt: string,
  data: Hash,
): string {
  const template = collection.config.permalink ?? addPermalinkSuffix('/:collection/:path', ctx.config.permalink);
  const cleanedPath = relativePath
    .slice(0, relativePath.length - ext.length)
    .replace(relativePathDir(collection), '')
    .replace(/\.*$/, '');
  const permalink = typeof data.permalink === 'string' && data.permalink ? data.permalink : null;
  const placeholders = documentPlaceholders({
    collection: collection.label,
    cleanedPath,
    basename: path.posix.basename(relativePath, ext),
    slug: typeof data.slug === 'string' ? data.slug : data.slug == null ? null : String(data.slug),
    categories: toArray(data.categories),
    date: data.date instanceof RubyTime ? data.date : null,
    outputExt: outExt,
    template: permalink ?? template,
  });
  try {
    return generateUrl(template, permalink, placeholders, true);
  } catch (error) {
    if (error instanceof UnknownPlaceholderError) throw new SiteError(error.message, { file: relativePath });
    throw error;
  }
}

function relativePathDir(collection: Collection): string {
  return collection.directory.split('/').pop()!;
}
