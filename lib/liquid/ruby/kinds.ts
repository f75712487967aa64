/**
 * How Ruby (and so Jekyll's Liquid) classifies the JavaScript values a site hands to templates.
 * A Hash is a plain object or a Map; an object with `toLiquid()` stands for whatever that returns.
 */
import { toValue } from '../liquidjs.js';
import { RubyFloat } from '../../values/float.js';
import { RubyDate, RubyTime } from '../../values/time.js';

export type RubyHash = Record<string, unknown> | Map<unknown, unknown>;

export function isNil(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** Only nil and false are falsy in Liquid. */
export function isTruthy(value: unknown): boolean {
  const v = plainValue(value);
  return v !== false && !isNil(v);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function isHash(value: unknown): value is RubyHash {
  return value instanceof Map || isPlainObject(value);
}

export function isNumber(value: unknown): value is number | RubyFloat {
  return typeof value === 'number' || value instanceof RubyFloat;
}

export function isTimeLike(value: unknown): value is RubyTime | RubyDate {
  return value instanceof RubyTime || value instanceof RubyDate;
}

export function hasToLiquid(value: unknown): value is { toLiquid(): unknown } {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toLiquid?: unknown }).toLiquid === 'function'
  );
}

/** Drops that stand for a primitive (liquidjs's `nil`, `empty`) become that primitive. */
export function plainValue(value: unknown): unknown {
  return toValue(value);
}

/** The value a template sees: `toLiquid()` resolved, liquidjs literal drops unwrapped. */
export function liquidValue(value: unknown): unknown {
  let v = toValue(value);
  while (hasToLiquid(v)) {
    const next = v.toLiquid();
    if (next === v) break;
    v = next;
  }
  return v;
}

/** Key/value pairs of a Hash in insertion order. */
export function hashEntries(hash: RubyHash): [unknown, unknown][] {
  return hash instanceof Map ? [...hash.entries()] : Object.entries(hash);
}

export function hashSize(hash: RubyHash): number {
  return hash instanceof Map ? hash.size : Object.keys(hash).length;
}

export function hashHasKey(hash: RubyHash, key: unknown): boolean {
  if (hash instanceof Map) return hash.has(key);
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(hash, key);
}

/** `hash[key]` for string keys (Liquid property names are strings). */
export function hashGet(hash: RubyHash, key: string): unknown {
  if (hash instanceof Map) return hash.get(key);
  return Object.prototype.hasOwnProperty.call(hash, key) ? hash[key] : undefined;
}

/** Ruby's class name, for error messages. */
export function rubyClassName(value: unknown): string {
  const v = plainValue(value);
  if (isNil(v)) return 'NilClass';
  if (v === true) return 'TrueClass';
  if (v === false) return 'FalseClass';
  if (v instanceof RubyFloat) return 'Float';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Float';
  if (typeof v === 'string') return 'String';
  if (Array.isArray(v)) return 'Array';
  if (isHash(v)) return 'Hash';
  if (v instanceof RubyTime) return 'Time';
  if (v instanceof RubyDate) return 'Date';
  return 'Object';
}

/**
 * A value that prints as Ruby's `to_s` of the object behind it (a collection document prints its output),
 * not as a hash.
 */
export const RUBY_TO_S: unique symbol = Symbol.for('jtd.ruby.to_s');

export function rubyToSOf(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || !(RUBY_TO_S in value)) return null;
  return (value as { [RUBY_TO_S]: () => string })[RUBY_TO_S]();
}
