import { isHash } from '../config/merge.js';

/** Liquid truthiness: everything but nil and false. */
export function truthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false;
}

/** Liquid's `default` filter: nil, false and empty values give the fallback. */
export function orDefault(value: unknown, fallback: unknown): unknown {
  if (value === undefined || value === null || value === false || value === '') return fallback;
  if (Array.isArray(value) && value.length === 0) return fallback;
  return isHash(value) && Object.keys(value).length === 0 ? fallback : value;
}
