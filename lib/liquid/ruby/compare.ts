/** Ruby's `==` and `<=>` between Liquid values. */
import { RubyFloat } from '../../values/float.js';
import { RubyDate, RubyTime } from '../../values/time.js';
import { hashEntries, hashGet, hashHasKey, hashSize, isHash, isNil, liquidValue, type RubyHash } from './kinds.js';

function numeric(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof RubyFloat) return v.value;
  return undefined;
}

export function rubyEquals(left: unknown, right: unknown): boolean {
  const a = liquidValue(left);
  const b = liquidValue(right);
  if (a === b) return true;
  if (isNil(a) || isNil(b)) return isNil(a) && isNil(b);
  const na = numeric(a);
  if (na !== undefined) return na === numeric(b);
  if (Array.isArray(a)) return Array.isArray(b) && arraysEqual(a, b);
  if (isHash(a)) return isHash(b) && hashesEqual(a, b);
  if (a instanceof RubyTime || a instanceof RubyDate) return a.equals(b);
  return false;
}

function arraysEqual(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => rubyEquals(item, b[i]));
}

function hashesEqual(a: RubyHash, b: RubyHash): boolean {
  if (hashSize(a) !== hashSize(b)) return false;
  return hashEntries(a).every(([k, v]) => hashHasKey(b, k) && rubyEquals(v, lookup(b, k)));
}

function lookup(hash: RubyHash, key: unknown): unknown {
  return hash instanceof Map ? hash.get(key) : hashGet(hash, key as string);
}

/** Ruby's `<=>`: negative, zero, positive, or null when the two values cannot be ordered. */
export function rubyCompare(left: unknown, right: unknown): number | null {
  const a = liquidValue(left);
  const b = liquidValue(right);
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== undefined) return nb === undefined ? null : sign(na - nb);
  if (typeof a === 'string') return typeof b === 'string' ? compareStrings(a, b) : null;
  if (Array.isArray(a)) return Array.isArray(b) ? compareArrays(a, b) : null;
  if (a instanceof RubyTime && b instanceof RubyTime) return sign(a.epochMs - b.epochMs);
  if (a instanceof RubyDate && b instanceof RubyDate) return sign(a.valueOf() - b.valueOf());
  return rubyEquals(a, b) ? 0 : null;
}

/** Ruby compares strings byte by byte; for UTF-8 that is code point order. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function compareArrays(a: unknown[], b: unknown[]): number | null {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = rubyCompare(a[i], b[i]);
    if (c !== 0) return c;
  }
  return sign(a.length - b.length);
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}
