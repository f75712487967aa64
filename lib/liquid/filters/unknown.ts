/**
 * Filters liquidjs has but Jekyll 4.3's Liquid 5.4 does not. Jekyll ignores an unknown filter
 * (the value passes through unchanged), so these are registered as pass-throughs.
 */
import type { FilterTable } from './filter-table.js';

const NOT_IN_JEKYLL = [
  'sum', 'reject', 'reject_exp', 'has', 'has_exp', 'find_index', 'find_index_exp',
  'squish', 'sha256', 'hmac_sha256', 'json', 'raw',
];

const passThrough = (input: unknown) => input;

export const unknownFilters: FilterTable = Object.fromEntries(NOT_IN_JEKYLL.map((name) => [name, passThrough]));
