import type { Hash } from '../config/merge.js';
import { urlFilters } from '../liquid/filters/url.js';
import { toS } from '../liquid/ruby/to-s.js';
import type { UrlFunctions } from './nav/sidebar-html.js';

type UrlFilter = (input: unknown) => unknown;

/** Jekyll's `relative_url` and `absolute_url` for the site, as the theme's links use them. */
export function themeUrls(site: Hash): UrlFunctions {
  const filters = urlFilters({ url: site.url, baseurl: site.baseurl });
  const relative = filters.relative_url as UrlFilter;
  const absolute = filters.absolute_url as UrlFilter;
  return { relative: (url) => toS(relative(url)), absolute: (url) => toS(absolute(url)) };
}
