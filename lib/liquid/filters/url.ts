/** Jekyll's relative_url, absolute_url and strip_index (lib/jekyll/filters/url_filters.rb). */
import { isNil, liquidValue } from '../ruby/kinds.js';
import { readProperty } from '../ruby/property.js';
import { toS } from '../ruby/to-s.js';
import { isAbsoluteUri, normalizeUri } from './addressable.js';
import type { FilterTable } from './filter-table.js';

const TRAILING_INDEX = /\/index\.html?$/m;

interface SiteUrls {
  url: unknown;
  baseurl: unknown;
}

function ensureLeadingSlash(s: string): string {
  return s === '' || s.startsWith('/') ? s : `/${s}`;
}

function sanitizedBaseurl(baseurl: unknown): string {
  const v = liquidValue(baseurl);
  if (isNil(v)) return '';
  const s = toS(v);
  return s.endsWith('/') ? s.slice(0, -1) : s;
}

/** `input.url if input.respond_to?(:url)` for pages and documents. */
function urlOf(input: unknown): unknown {
  const v = liquidValue(input);
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const url = readProperty(v, 'url');
    if (url !== undefined) return url;
  }
  return v;
}

export function urlFilters(site: SiteUrls): FilterTable {
  const baseurl = sanitizedBaseurl(site.baseurl);
  const siteUrl = isNil(liquidValue(site.url)) ? '' : toS(site.url);
  const relativeCache = new Map<string, unknown>();
  const absoluteCache = new Map<string, unknown>();

  function computeRelative(input: unknown): unknown {
    const target = urlOf(input);
    const text = toS(target);
    if (isAbsoluteUri(text)) return target;
    return normalizeUri(ensureLeadingSlash(baseurl) + ensureLeadingSlash(text));
  }

  function computeAbsolute(input: unknown): unknown {
    const target = urlOf(input);
    const text = toS(target);
    if (isAbsoluteUri(text)) return target;
    const relative = relativeUrl(target);
    if (siteUrl === '') return relative;
    return normalizeUri(siteUrl + toS(relative));
  }

  function cached(cache: Map<string, unknown>, compute: (input: unknown) => unknown, input: unknown): unknown {
    if (isNil(liquidValue(input))) return null;
    if (typeof input !== 'string') return compute(input);
    if (!cache.has(input)) cache.set(input, compute(input));
    return cache.get(input);
  }

  function relativeUrl(input: unknown): unknown {
    return cached(relativeCache, computeRelative, input);
  }

  return {
    relative_url: relativeUrl,
    absolute_url: (input: unknown) => cached(absoluteCache, computeAbsolute, input),
    strip_index: (input: unknown) => {
      const s = toS(input);
      return s === '' ? null : s.replace(TRAILING_INDEX, '/');
    },
  };
}
