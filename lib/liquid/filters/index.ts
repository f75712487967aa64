/** Every Liquid filter with the behaviour of Jekyll 4.3.1 (Liquid 5.4 standard filters + Jekyll's own). */
import type { Liquid, Value } from 'liquidjs';
import { TimeZone } from '../../time/zone.js';
import { arrayFilters } from './array.js';
import { arrayCopyFilters } from './array-copy.js';
import { collectionFilters } from './collection.js';
import { converterFilters } from './converters.js';
import { dateFilters } from './date.js';
import { defaultFilters } from './default.js';
import { expressionFilters } from './expression-filters.js';
import type { FilterTable } from './filter-table.js';
import { htmlFilters } from './html.js';
import { mathFilters } from './math.js';
import { stringFilters } from './string.js';
import { textFilters } from './text.js';
import { unknownFilters } from './unknown.js';
import { urlFilters } from './url.js';

export interface FilterServices {
  /** The site configuration (`url`, `baseurl`, ...). */
  config: Record<string, unknown>;
  /** The site's `timezone` setting; null means the process's own zone. */
  timezone: string | null;
  markdownify(text: string): string;
  smartify(text: string): string;
  scssify(text: string): string;
  sassify(text: string): string;
}

export function registerFilters(liquid: Liquid, services: FilterServices): void {
  const zone = TimeZone.load(services.timezone);
  const tables: FilterTable[] = [
    unknownFilters,
    mathFilters,
    stringFilters,
    htmlFilters,
    arrayFilters,
    defaultFilters,
    collectionFilters,
    arrayCopyFilters,
    textFilters,
    expressionFilters(new Map<string, Value>()),
    dateFilters(zone),
    urlFilters({ url: services.config.url, baseurl: services.config.baseurl }),
    converterFilters(services),
  ];
  for (const table of tables) {
    for (const [name, filter] of Object.entries(table)) liquid.registerFilter(name, filter);
  }
}

export { slugify } from '../../url/slugify.js';
export type { SlugifyMode } from '../../url/slugify.js';
