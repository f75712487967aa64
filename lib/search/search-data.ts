import type { Hash } from '../config/merge.js';
import { SiteError } from '../errors/site-error.js';
import { urlFilters } from '../liquid/filters/url.js';
import type { Document } from '../model/document.js';
import type { Site } from '../model/site.js';
import type { CustomDataRenderer } from './custom-data.js';
import type { SearchCache } from './search-cache.js';
import { KeptSearch } from './kept-search.js';
import { searchablePages } from './searchable-pages.js';
import type { SearchSettings } from './search-settings.js';

/** One entry of search-data.json: `doc`, `title`, `content`, `url`, custom members, `relUrl`. */
export type SearchDocument = Hash & { doc: unknown; title: unknown; content: string; url: string; relUrl: string };

export interface SearchData {
  /** Each searchable page's entries, in order (the same array as last build for a page whose inputs are the same). */
  pages: SearchEntry[][];
  /** Every entry, in order (index = key in search-data.json). */
  docs: SearchDocument[];
}

/** One entry as written to search-data.json (without its key) and as the index reads it. */
export interface SearchEntry {
  text: string;
  doc: SearchDocument;
}

export interface SearchDataInputs {
  site: Site;
  settings: SearchSettings;
  cache: SearchCache;
  /** Each searchable page with what its entries are made from (see searchPageInputs). */
  pages: SearchPageInputs[];
}

/** A searchable page, its custom data, and everything its entries are made from. */
export interface SearchPageInputs {
  page: Document;
  custom: string;
  /** The page's HTML, URL and title, the custom data, the base URL and the heading level. */
  inputs: unknown[];
  /** The inputs' key between builds (KeptSearch.keyOf), made once: the search files' key and the page's entries both use it. */
  key(): string;
}

/** The searchable pages, in order, each with what its entries are made from. */
export function searchPageInputs(site: Site, settings: SearchSettings, customData: CustomDataRenderer | null): SearchPageInputs[] {
  const base = relativeUrlFilter(site)('/');
  return searchablePages(site).map((page) => {
    const custom = customData ? customData(page) : '';
    const inputs = [page.content, page.url, page.data.title, custom, base, settings.headingLevel];
    let key: string | null = null;
    return { page, custom, inputs, key: () => (key ??= KeptSearch.keyOf(inputs)) };
  });
}

/** The entries of every searchable page, made from each page's converted HTML. */
export function buildSearchData(inputs: SearchDataInputs): SearchData {
  const relativeUrl = relativeUrlFilter(inputs.site);
  const pages: SearchEntry[][] = [];
  const docs: SearchDocument[] = [];
  for (const { page, custom, inputs: made, key } of inputs.pages) {
    const entries = inputs.cache.pageEntries(page.sourcePath, made, key, () => pageEntries(inputs, page, custom, relativeUrl));
    pages.push(entries);
    for (const entry of entries) docs.push(entry.doc);
  }
  return { pages, docs };
}

/** The JSON text and value of each entry of one page. */
function pageEntries(inputs: SearchDataInputs, page: Document, custom: string, relativeUrl: (url: string) => string): SearchEntry[] {
  const sections = inputs.cache.sectionEntries(page.sourcePath, page.content, inputs.settings.headingLevel, page.data.title);
  return sections.map((section) => {
    const relUrl = page.url + section.fragment;
    const url = relativeUrl(relUrl);
    const text = entryText([page.data.title, section.title, section.content, url], custom, relUrl);
    const doc = custom === '' ? plainDocument(page.data.title, section.title, section.content, url, relUrl) : parseEntry(text, page);
    return { text, doc };
  });
}

function entryText(values: [unknown, unknown, string, string], custom: string, relUrl: string): string {
  const [doc, title, content, url] = values;
  return `{\n  "doc": ${json(doc)},\n  "title": ${json(title)},\n  "content": ${json(content)},\n  "url": ${json(url)},\n  ${custom.trim()}${custom.trim() === '' ? '' : '\n  '}"relUrl": ${json(relUrl)}\n}`;
}

function plainDocument(doc: unknown, title: unknown, content: string, url: string, relUrl: string): SearchDocument {
  return { doc: jsonValue(doc), title: jsonValue(title), content, url, relUrl };
}

function parseEntry(text: string, page: Document): SearchDocument {
  try {
    return JSON.parse(text) as SearchDocument;
  } catch (error) {
    throw new SiteError(
      `The search entry of ${page.sourcePath} is not valid JSON (${(error as Error).message}). ` +
        `_includes/lunr/custom-data.json must output zero or more "key": value, members, each ending with a comma.`,
      { file: page.sourcePath },
    );
  }
}

/** `jsonify`; values JSON cannot hold become null. */
function json(value: unknown): string {
  return JSON.stringify(jsonValue(value)) ?? 'null';
}

function jsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'object' && value !== null && 'toJSON' in value) return (value as { toJSON(): unknown }).toJSON();
  return value;
}

function relativeUrlFilter(site: Site): (url: string) => string {
  const filter = urlFilters({ url: site.config.site.url, baseurl: site.config.site.baseurl }).relative_url as (input: unknown) => unknown;
  return (url) => String(filter(url));
}
