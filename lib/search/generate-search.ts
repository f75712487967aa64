import type { RenderContext } from '../render/render-context.js';
import { customDataRenderer } from './custom-data.js';
import type { SearchCache } from './search-cache.js';
import { buildSearchData, type SearchDocument } from './search-data.js';
import { searchSettings } from './search-settings.js';

export const SEARCH_DATA_PATH = 'assets/js/search-data.json';

/** A file made from the whole rendered site. */
export interface GeneratedFile {
  destPath: string;
  content: string;
}

/**
 * just-the-docs' search files, made after every page is rendered: `assets/js/search-data.json` (unless
 * the site makes that file itself, e.g. with an old `zzzz-search-data.json`, which then wins).
 * Nothing when the site does not use the bundled theme or turns search off.
 */
export function generateSearchFiles(ctx: RenderContext, cache: SearchCache, usesTheme: boolean): GeneratedFile[] {
  const settings = searchSettings(ctx.site.config.site);
  if (!usesTheme || !settings.enabled) return [];
  cache.startBuild();
  try {
    const own = siteOwnData(ctx);
    if (own) return [];
    const data = buildSearchData({ site: ctx.site, settings, cache, customData: customDataRenderer(ctx) });
    return [{ destPath: SEARCH_DATA_PATH, content: data.json }];
  } finally {
    cache.finishBuild();
  }
}

/** Entries of a search-data.json the site renders itself, or null. */
function siteOwnData(ctx: RenderContext): SearchDocument[] | null {
  const page = ctx.site.pages.find((p) => p.destPath === SEARCH_DATA_PATH && p.output !== null);
  if (!page) return null;
  try {
    return Object.values(JSON.parse(page.output!) as Record<string, SearchDocument>);
  } catch {
    return [];
  }
}
