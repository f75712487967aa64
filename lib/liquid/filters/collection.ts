/** Jekyll's where, find, group_by and sort filters (lib/jekyll/filters.rb, grouping_filters.rb). */
import { rubyCompare } from '../ruby/compare.js';
import { isHash, isNil, liquidValue } from '../ruby/kinds.js';
import { literalDropKind } from '../ruby/literals.js';
import { joinFlat, toS } from '../ruby/to-s.js';
import type { FilterTable } from './filter-table.js';
import { enumerableItems, selectableItems } from './input-iterator.js';
import { itemPropertyReader } from './item-property.js';

type Matcher = (property: unknown) => boolean;

/** Jekyll's `compare_property_vs_target`, prepared once per filter call. */
function matcherFor(target: unknown): Matcher {
  const kind = literalDropKind(target);
  if (kind === 'empty' || kind === 'blank') {
    return (p) => p === '' || joinFlat(Array.isArray(p) ? p : isNil(p) ? [] : [p], '') === '';
  }
  const t = liquidValue(target);
  if (isNil(t)) return (p) => isNil(p);
  const wanted = toS(t);
  return (p) => {
    if (typeof p === 'string') return p === wanted;
    const values = Array.isArray(p) ? p : isNil(p) ? [] : [p];
    return values.some((v) => toS(v) === wanted);
  };
}

function isArrayOrHash(v: unknown): boolean {
  const value = liquidValue(v);
  return Array.isArray(value) || isHash(value);
}

function where(input: unknown, property: unknown, value: unknown): unknown {
  if (!property || isArrayOrHash(value)) return input;
  const items = selectableItems(input);
  if (items === null) return input;
  const matches = matcherFor(value);
  const read = itemPropertyReader(property);
  return items.filter((item) => matches(read(item)));
}

function find(input: unknown, property: unknown, value: unknown): unknown {
  if (!property || isArrayOrHash(value)) return input;
  const items = selectableItems(input);
  if (items === null) return input;
  const matches = matcherFor(value);
  const read = itemPropertyReader(property);
  return items.find((item) => matches(read(item))) ?? null;
}

export interface Group {
  name: unknown;
  items: unknown[];
  size: number;
}

/** Groups in order of first appearance; `keyOf` gives the Map key and the name to show. */
export function groupItems(items: unknown[], keyOf: (item: unknown) => [unknown, unknown]): Group[] {
  const groups = new Map<unknown, Group>();
  for (const item of items) {
    const [key, name] = keyOf(item);
    let group = groups.get(key);
    if (!group) {
      group = { name, items: [], size: 0 };
      groups.set(key, group);
    }
    group.items.push(item);
    group.size = group.items.length;
  }
  return [...groups.values()];
}

function groupBy(input: unknown, property: unknown): unknown {
  const items = enumerableItems(input);
  if (items === null) return input;
  const read = itemPropertyReader(property);
  return groupItems(items, (item) => {
    const name = toS(read(item));
    return [name, name];
  });
}

function nilsOrder(nils: unknown): number {
  const order = toS(nils);
  if (order === 'first') return -1;
  if (order === 'last') return 1;
  throw new Error(`Invalid nils order: '${order}' is not a valid nils order. It must be 'first' or 'last'.`);
}

function compareOrFail(a: unknown, b: unknown): number {
  const order = rubyCompare(a, b);
  if (order === null) throw new Error(`comparison of ${describe(a)} with ${describe(b)} failed`);
  return order;
}

function describe(v: unknown): string {
  const value = liquidValue(v);
  if (isNil(value)) return 'nil';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Float';
  if (Array.isArray(value)) return 'Array';
  if (isHash(value)) return 'Hash';
  return value === true || value === false ? String(value) : 'Object';
}

function compareProperties(a: unknown, b: unknown, order: number): number {
  if (!isNil(a) && isNil(b)) return -order;
  if (isNil(a) && !isNil(b)) return order;
  const c = rubyCompare(a, b);
  if (c !== null) return c;
  const x = toS(a);
  const y = toS(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function sort(input: unknown, property?: unknown, nils: unknown = 'first'): unknown {
  const v = liquidValue(input);
  if (isNil(v)) throw new Error('Cannot sort a null object.');
  const items = enumerableItems(v);
  if (items === null) return v;
  if (isNil(liquidValue(property))) return [...items].sort(compareOrFail);
  const order = nilsOrder(nils);
  const read = itemPropertyReader(property);
  const keyed = items.map((item) => [read(item), item] as const);
  keyed.sort((a, b) => compareProperties(a[0], b[0], order));
  return keyed.map(([, item]) => item);
}

export const collectionFilters: FilterTable = {
  where,
  find,
  group_by: groupBy,
  sort,
};
