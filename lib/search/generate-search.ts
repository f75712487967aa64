import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { RenderContext } from '../render/render-context.js';
import { buildLunrIndex } from './build-lunr-index.js';
import { buildCompactIndex } from './build-compact-index.js';
import type { CompactIndex } from './compact-index.js';
import { hookedIndex } from './index-spec.js';
import { customDataRenderer } from './custom-data.js';
import { customIndexHook, type CustomIndexHook } from './custom-index-hook.js';
import { loadLunr, lunrBrowserBuildPath } from './lunr-module.js';
import { searchIndexScript, searchPayload, type SerializedIndex } from './search-bundle.js';
import type { SearchCache } from './search-cache.js';
import type { KeptFile } from './kept-search.js';
import { buildSearchData, searchPageInputs, type SearchDocument, type SearchEntry, type SearchPageInputs } from './search-data.js';
import { searchDataFile } from './search-data-file.js';
import { indexScriptFile } from './index-script-file.js';
import { searchSettings, separatorRegExp, type SearchSettings } from './search-settings.js';

export const SEARCH_DATA_PATH = 'assets/js/search-data.json';
export const SEARCH_INDEX_PATH = 'assets/js/search-index.js';
export const LUNR_PATH = 'assets/js/vendor/lunr.min.js';

/** A file made from the whole rendered site. */
export interface GeneratedFile {
  destPath: string;
  readonly content: string;
  /** The bytes in pieces and a key equal only for equal bytes, when the file is made in pieces (see PiecedFile). */
  readonly bytes?: { readonly key: string; pieces(): Buffer[] };
}

/**
 * just-the-docs' search files, made after every page is rendered: `assets/js/search-data.json` (unless
 * the site makes that file itself, e.g. with an old `zzzz-search-data.json`, which then wins), the
 * search index script the search box loads (the entries, the index built here and the code that queries
 * it; lunr's serialized index instead when a custom index hook changed lunr's builder beyond what the
 * compact index represents), and lunr's browser build. Nothing when the site does not
 * use the bundled theme or turns search off.
 */
export function generateSearchFiles(ctx: RenderContext, cache: SearchCache, usesTheme: boolean): GeneratedFile[] {
  const settings = searchSettings(ctx.site.config.site);
  if (!usesTheme || !settings.enabled) return [];
  let docs = siteOwnData(ctx);
  const hook = customIndexHook(ctx);
  const pageInputs = docs ? [] : searchPageInputs(ctx.site, settings, customDataRenderer(ctx));
  // Made from the same pages, settings and code, the files are what the last build made: taken as they are.
  const filesKey = docs || hook ? null : searchFilesKey(ctx, settings, pageInputs);
  const kept = filesKey === null ? null : cache.keptFiles(filesKey);
  if (kept) {
    ctx.logger.debug('Search: the search files taken from .jtd-cache (made from the same pages).');
    return kept.map(generatedFile);
  }
  cache.startBuild();
  try {
    const files: GeneratedFile[] = [];
    let pages: SearchEntry[][] | null = null;
    if (!docs) {
      const data = buildSearchData({ site: ctx.site, settings, cache, pages: pageInputs });
      files.push(searchDataFile(SEARCH_DATA_PATH, data.pages, cache.dataPieces));
      docs = data.docs;
      pages = data.pages;
    }
    files.push(indexScript(ctx, settings, { docs, pages }, cache, hook));
    if (!siteHasFile(ctx, LUNR_PATH)) files.push({ destPath: LUNR_PATH, content: fs.readFileSync(lunrBrowserBuildPath(), 'utf8') });
    if (filesKey !== null) cache.keepFiles(filesKey, files.map(keptFile));
    return files;
  } finally {
    cache.finishBuild();
  }
}

/** Everything the search files are made from but the code: the settings, where the files go, each page's inputs. */
function searchFilesKey(ctx: RenderContext, settings: SearchSettings, pages: SearchPageInputs[]): string {
  const digest = createHash('sha1').update(JSON.stringify([settings, ctx.services.relativeUrl('/'), siteHasFile(ctx, LUNR_PATH)]));
  for (const page of pages) digest.update(page.key());
  return digest.digest('base64');
}

function keptFile(file: GeneratedFile): KeptFile {
  const bytes = file.bytes;
  return { destPath: file.destPath, bytesKey: bytes?.key ?? null, pieces: () => (bytes ? bytes.pieces() : [Buffer.from(file.content)]) };
}

/**
 * A kept file as the build writes it: under the key its bytes had, so that a file in place is not written again
 * (its bytes are then never read from the cache).
 */
function generatedFile(kept: KeptFile): GeneratedFile {
  const { destPath, bytesKey, pieces } = kept;
  const file = {
    destPath,
    get content() {
      return Buffer.concat(pieces()).toString('utf8');
    },
  };
  return bytesKey === null ? file : Object.assign(file, { bytes: { key: bytesKey, pieces } });
}

/**
 * The index script; in pieces that the next build mostly keeps when the entries come page by page and
 * the compact index is used.
 */
function indexScript(
  ctx: RenderContext,
  settings: SearchSettings,
  entries: { docs: SearchDocument[]; pages: SearchEntry[][] | null },
  cache: SearchCache,
  hook: CustomIndexHook | null,
): GeneratedFile {
  const lunr = loadLunr();
  const baseurl = ctx.services.relativeUrl('/').replace(/\/$/, '');
  const separator = separatorRegExp(settings.tokenizerSeparator);
  let shipped = entries.docs;
  let index: CompactIndex | SerializedIndex;
  if (hook) {
    shipped = entries.docs.map((doc) => ({ ...doc }));
    index = hookedIndex(buildLunrIndex({ lunr, docs: shipped, settings, hook }), lunr, settings);
  } else {
    index = buildCompactIndex(entries.docs, settings, cache, lunr);
    const pieced = entries.pages && indexScriptFile(SEARCH_INDEX_PATH, entries.pages, { baseurl, separator, index }, cache.entryPieces);
    if (pieced) return pieced;
  }
  return { destPath: SEARCH_INDEX_PATH, content: searchIndexScript(searchPayload(shipped, baseurl, separator, index)) };
}

/** Entries of a search-data.json the site renders itself, or null. */
function siteOwnData(ctx: RenderContext): SearchDocument[] | null {
  const page = ctx.site.pages.find((p) => p.destPath === SEARCH_DATA_PATH && p.output !== null);
  if (!page) return null;
  try {
    return Object.values(JSON.parse(page.output!) as Record<string, SearchDocument>);
  } catch {
    ctx.logger.warn(`${page.sourcePath} does not make valid JSON; the search box will have nothing to search.`);
    return [];
  }
}

function siteHasFile(ctx: RenderContext, destPath: string): boolean {
  return ctx.site.staticFiles.some((f) => f.destPath === destPath) || ctx.site.pages.some((p) => p.destPath === destPath);
}
