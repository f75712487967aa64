/** Reading `item[property]` the way Ruby Liquid and Jekyll's filters do. */
import { Drop } from '../liquidjs.js';
import { hashGet, isHash, isPlainObject, liquidValue } from './kinds.js';

type MissingHandler = { liquidMethodMissing(key: string): unknown };

function dropProperty(drop: Drop, key: string): unknown {
  const record = drop as unknown as Record<string, unknown>;
  if (key in record) {
    const member = record[key];
    return typeof member === 'function' ? (member as () => unknown).call(drop) : member;
  }
  return (drop as unknown as MissingHandler).liquidMethodMissing?.(key);
}

/** `item[key]`: Hash lookup, Drop method, or nil. */
export function readProperty(item: unknown, key: string): unknown {
  if (isPlainObject(item) && typeof item.toLiquid !== 'function') return Object.hasOwn(item, key) ? item[key] : undefined;
  const v = liquidValue(item);
  if (isHash(v)) return hashGet(v, key);
  if (v instanceof Drop) return dropProperty(v, key);
  return undefined;
}

function isIndexable(value: unknown): boolean {
  const v = liquidValue(value);
  return isHash(v) || v instanceof Drop || Array.isArray(v) || typeof v === 'string';
}

/** Jekyll's `read_liquid_attribute`: `a.b.c` walks nested values. */
export function readPropertyPath(item: unknown, path: string): unknown {
  if (!path.includes('.')) return readProperty(item, path);
  let value: unknown = item;
  for (const key of path.split('.')) {
    if (!isIndexable(value)) return false;
    value = readProperty(value, key);
  }
  return value;
}
