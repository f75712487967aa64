import fs from 'node:fs';
import type { RenderContext } from '../render/render-context.js';
import { buildLunrIndex } from './build-lunr-index.js';
import { buildCompactIndex } from './build-compact-index.js';
import type { CompactIndex } from './compact-index.js';
import { hookedIndex } from './index-spec.js';
import { customDataRenderer } from './custom-data.js';
import { customIndexHook } from './custom-index-hook.js';
import { loadLunr, lunrBrowserBuildPath } from './lunr-module.js';
import { searchIndexScript, searchPayload, type SerializedIndex } from './search-bundle.js';
import type { SearchCache } from './search-cache.js';
import { buildSearchData, type SearchDocument, type SearchEntry } from './search-data.js';
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
  cache.startBuild();
  try {
    const files: GeneratedFile[] = [];
    let docs = siteOwnData(ctx);
    let pages: SearchEntry[][] | null = null;
    if (!docs) {
      const data = buildSearchData({ site: ctx.site, settings, cache, customData: customDataRenderer(ctx) });
      files.push(searchDataFile(SEARCH_DATA_PATH, data.pages, cache.dataPieces));
      docs = data.docs;
      pages = data.pages;
    }
    files.push(indexScript(ctx, settings, { docs, pages }, cache));
    if (!siteHasFile(ctx, LUNR_PATH)) files.push({ destPath: LUNR_PATH, content: fs.readFileSync(lunrBrowserBuildPath(), 'utf8') });
    return files;
  } finally {
    cache.finishBuild();
  }
}

/**
 * The index script; in pieces that the next build mostly keeps when the entries come page by page and
 * the compact index is used.
 */
function indexScript(ctx: RenderContext, settings: SearchSettings, entries: { docs: SearchDocument[]; pages: SearchEntry[][] | null }, cache: SearchCache): GeneratedFile {
  const lunr = loadLunr();
  const hook = customIndexHook(ctx);
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
