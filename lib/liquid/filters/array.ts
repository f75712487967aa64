/** Liquid's array filters: join, first, last, size, reverse, sort_natural, uniq, map, compact, concat. */
import { hashEntries, hashSize, isHash, isNil, liquidValue } from '../ruby/kinds.js';
import { readProperty } from '../ruby/property.js';
import { joinFlat, toS } from '../ruby/to-s.js';
import type { FilterTable } from './filter-table.js';
import { identityKey } from './identity-key.js';
import { inputItems } from './input-iterator.js';
import { characterLength } from './ruby-string.js';

/** Integer#size is the byte width of a machine word. */
const INTEGER_SIZE = 8;

function size(input: unknown): number {
  const v = liquidValue(input);
  if (typeof v === 'string') return characterLength(v);
  if (Array.isArray(v)) return v.length;
  if (isHash(v)) return hashSize(v);
  if (typeof v === 'number' && Number.isInteger(v)) return INTEGER_SIZE;
  return 0;
}

function first(input: unknown): unknown {
  const v = liquidValue(input);
  if (Array.isArray(v)) return v[0];
  if (isHash(v)) return hashEntries(v)[0];
  return undefined;
}

function last(input: unknown): unknown {
  const v = liquidValue(input);
  return Array.isArray(v) ? v[v.length - 1] : undefined;
}

/** Ruby's `casecmp`: ASCII letters compared without case. */
function casecmp(a: string, b: string): number {
  const x = asciiDowncase(a);
  const y = asciiDowncase(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

const ASCII_UPPER = /[A-Z]+/g;

function asciiDowncase(s: string): string {
  return s.replace(ASCII_UPPER, (m) => m.toLowerCase());
}

function nilSafeCasecmp(a: unknown, b: unknown): number {
  if (!isNil(a) && !isNil(b)) return casecmp(toS(a), toS(b));
  return isNil(a) ? 1 : -1;
}

function sortNatural(input: unknown, property?: unknown): unknown[] {
  const items = inputItems(input);
  if (isNil(property)) return [...items].sort(nilSafeCasecmp);
  const key = toS(property);
  return [...items].sort((a, b) => nilSafeCasecmp(readProperty(a, key), readProperty(b, key)));
}

function uniq(input: unknown, property?: unknown): unknown[] {
  const items = inputItems(input);
  const key = isNil(property) ? null : toS(property);
  const seen = new Set<unknown>();
  return items.filter((item) => {
    const k = identityKey(key === null ? item : readProperty(item, key));
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function map(input: unknown, property: unknown): unknown[] {
  const key = toS(property);
  return inputItems(input).map((item) => (key === 'to_liquid' ? item : readProperty(item, key)));
}

function compact(input: unknown, property?: unknown): unknown[] {
  const items = inputItems(input);
  if (isNil(property)) return items.filter((item) => !isNil(item));
  const key = toS(property);
  return items.filter((item) => !isNil(readProperty(item, key)));
}

function concat(input: unknown, other: unknown): unknown[] {
  const extra = liquidValue(other);
  if (!Array.isArray(extra)) throw new Error('concat filter requires an array argument');
  return [...inputItems(input), ...extra];
}

export const arrayFilters: FilterTable = {
  join: (input: unknown, glue: unknown = ' ') => joinFlat(inputItems(input), toS(glue)),
  first,
  last,
  size,
  reverse: (input: unknown) => [...inputItems(input)].reverse(),
  sort_natural: sortNatural,
  uniq,
  map,
  compact,
  concat,
};
