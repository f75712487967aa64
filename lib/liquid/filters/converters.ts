/** markdownify, smartify, sassify and scssify: the site's converters, supplied by the engine. */
import { toS } from '../ruby/to-s.js';
import type { FilterTable } from './filter-table.js';

export interface Converters {
  markdownify(text: string): string;
  smartify(text: string): string;
  scssify(text: string): string;
  sassify(text: string): string;
}

export function converterFilters(services: Converters): FilterTable {
  return {
    markdownify: (input: unknown) => services.markdownify(toS(input)),
    smartify: (input: unknown) => services.smartify(toS(input)),
    scssify: (input: unknown) => services.scssify(toS(input)),
    sassify: (input: unknown) => services.sassify(toS(input)),
  };
}
