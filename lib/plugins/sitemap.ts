import type { Hash } from '../config/merge.js';
import type { Document } from '../model/document.js';
import { writtenDocuments, type Site } from '../model/site.js';
import type { StaticFile } from '../model/static-file.js';
import type { RenderContext } from '../render/render-context.js';
import { TimeZone } from '../time/index.js';
import { truthy } from './liquid-truth.js';
import { toS } from '../liquid/ruby/to-s.js';
import type { FilterCaller } from '../theme/filter-caller.js';
import type { GeneratedFile, JtdPlugin } from './plugin.js';
import { pluginFilters } from './plugin-filters.js';
import { configFile, virtualPage } from './virtual-page.js';
import type { PluginMemo } from './plugin-memo.js';

const LISTED_STATIC_EXTENSIONS = new Set(['.htm', '.html', '.xhtml', '.pdf']);
const HTML_PAGE_EXTENSIONS = new Set(['.html', '.xhtml', '.htm']);
const URLSET =
  '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';

/**
 * jekyll-sitemap 1.4: `sitemap.xml` lists written documents, HTML pages (not 404) and HTML/PDF static
 * files, except those with `sitemap: false`; `robots.txt` points at it. A site's own file of either
 * name wins. The pages exist from the read on (as in Jekyll); their text is made after rendering.
 */
export const sitemap: JtdPlugin = {
  name: 'jekyll-sitemap',
  afterReadIgnoresBodies: true,
  afterRead(site: Site): void {
    const taken = (url: string): boolean => site.pages.some((p) => p.url === url) || site.staticFiles.some((f) => f.url === url);
    const addSitemap = !taken('/sitemap.xml');
    const addRobots = !taken('/robots.txt');
    if (addSitemap) site.pages.push(virtualPage(site, { name: 'sitemap.xml', data: { layout: null }, key: 'sitemap:sitemap.xml', madeFrom: configFile(site) }));
    if (addRobots) site.pages.push(virtualPage(site, { name: 'robots.txt', data: { layout: null }, key: 'sitemap:robots.txt', madeFrom: configFile(site) }));
  },
  afterRender(ctx: RenderContext): GeneratedFile[] {
    const site = ctx.site;
    const filter = pluginFilters(ctx);
    const files: GeneratedFile[] = [];
    if (site.pages.some((p) => p.sourcePath === 'sitemap:sitemap.xml')) files.push({ destPath: 'sitemap.xml', content: sitemapXml(site, filter, entryText(filter, ctx.pluginMemo, site.config.timezone)) });
    if (site.pages.some((p) => p.sourcePath === 'sitemap:robots.txt')) {
      files.push({ destPath: 'robots.txt', content: `Sitemap: ${toS(filter('absolute_url', 'sitemap.xml'))}\n` });
    }
    return files;
  },
};

/** Each `<url>` entry, with what the filters make of each URL and date kept for the session's next builds. */
interface EntryText {
  /** The entry, with the `lastmod` text if any. */
  entry(url: string, lastmod: string | null): string;
  /** A `lastmod` value (a date, or a date's text) as the sitemap writes it. */
  lastmod(value: unknown): string;
  /** A static file's `lastmod`: its modification time in the site's time zone. */
  modified(mtimeMs: number): string;
}

function entryText(filter: FilterCaller, memo: PluginMemo, timezone: string | null): EntryText {
  const loc = (url: string): string => toS(filter('xml_escape', filter('absolute_url', url.split('/index.html').join('/'))));
  const xmlschema = (value: unknown): string => toS(filter('date_to_xmlschema', value));
  let zone: TimeZone | null = null;
  return {
    entry: (url, lastmod) => {
      if (lastmod !== null) return `<url>\n<loc>${memo.forString('sitemap-loc', url, loc)}</loc>\n<lastmod>${lastmod}</lastmod>\n</url>\n`;
      return memo.forString('sitemap-entry', url, () => `<url>\n<loc>${memo.forString('sitemap-loc', url, loc)}</loc>\n</url>\n`);
    },
    lastmod: (value) => {
      if (typeof value === 'string') return memo.forString('sitemap-lastmod', value, xmlschema);
      return typeof value === 'object' && value !== null ? memo.forObject('sitemap-lastmod', value, xmlschema) : xmlschema(value);
    },
    modified: (mtimeMs) => memo.forString('sitemap-mtime', String(mtimeMs), () => xmlschema((zone ??= TimeZone.load(timezone)).timeAt(mtimeMs))),
  };
}

function sitemapXml(site: Site, filter: FilterCaller, text: EntryText): string {
  const head = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  if (site.staticFiles.some((f) => f.url === '/sitemap.xsl') || site.pages.some((p) => p.url === '/sitemap.xsl')) {
    head.push(`<?xml-stylesheet type="text/xsl" href="${toS(filter('absolute_url', '/sitemap.xsl'))}"?>\n`);
  }
  const entries = [...documentEntries(site, text), ...pageEntries(site, text), ...staticEntries(site, text)];
  return `${head.join('')}${URLSET}\n${entries.join('')}</urlset>\n`;
}

function documentEntries(site: Site, text: EntryText): string[] {
  const docs = writtenDocuments(site);
  return docs
    .filter((doc) => doc.data.sitemap !== false)
    .map((doc) => {
      const modified = truthy(doc.data.last_modified_at) ? doc.data.last_modified_at : doc.date ?? undefined;
      return text.entry(doc.url, truthy(modified) ? text.lastmod(modified) : null);
    });
}

function pageEntries(site: Site, text: EntryText): string[] {
  const pages = site.pages.filter((p: Document) => HTML_PAGE_EXTENSIONS.has(p.outputExt) && p.liquid.sitemap !== false && p.url !== '/404.html');
  return pages.map((page) => text.entry(page.url, truthy(page.liquid.last_modified_at) ? text.lastmod(page.liquid.last_modified_at) : null));
}

function staticEntries(site: Site, text: EntryText): string[] {
  const listed = site.staticFiles.filter((f: StaticFile) => LISTED_STATIC_EXTENSIONS.has(String(f.liquid.extname)));
  return listed
    .filter((f) => (f.liquid as Hash).sitemap !== false && f.liquid.name !== '404.html')
    .map((f) => text.entry(f.relativePath, text.modified(f.mtimeMs)));
}
