/** Ruby's `to_s` as Liquid applies it when printing `{{ value }}`. */
import { formatFloat, RubyFloat } from '../../values/float.js';
import { inspect } from './inspect.js';
import { isHash, isNil, liquidValue, rubyToSOf } from './kinds.js';

export function toS(value: unknown): string {
  const v = liquidValue(value);
  if (typeof v === 'string') return v;
  if (isNil(v)) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? integerToS(v) : formatFloat(v);
  if (v instanceof RubyFloat) return formatFloat(v.value);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return joinFlat(v, '');
  const own = rubyToSOf(v);
  if (own !== null) return own;
  if (isHash(v)) return inspect(v);
  return objectToS(v);
}

/** Ruby's Array#join: nested arrays are flattened, nil prints as nothing. */
export function joinFlat(items: unknown[], glue: string): string {
  const parts: string[] = [];
  for (const item of items) {
    const v = liquidValue(item);
    parts.push(Array.isArray(v) ? joinFlat(v, glue) : toS(v));
  }
  return parts.join(glue);
}

function integerToS(n: number): string {
  return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString();
}

function objectToS(v: unknown): string {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'object' && v !== null && v.toString === Object.prototype.toString) {
    return inspect(v);
  }
  return String(v);
}
