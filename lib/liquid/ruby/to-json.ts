/** Ruby's `to_json` of a Liquid value, as Jekyll's `jsonify` filter writes it (`as_liquid(x).to_json`). */
import { formatFloat, RubyFloat } from '../../values/float.js';
import { RubyDate, RubyTime } from '../../values/time.js';
import { toS } from './to-s.js';
import { hashEntries, isHash, isNil, liquidValue } from './kinds.js';

export function toJson(value: unknown): string {
  const v = liquidValue(value);
  if (isNil(v)) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return numberToJson(v);
  if (v instanceof RubyFloat) return numberToJson(v.value, true);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map(toJson).join(',')}]`;
  if (isHash(v)) return hashToJson(hashEntries(v));
  if (v instanceof RubyTime || v instanceof RubyDate) return JSON.stringify(v.toString());
  if (typeof v === 'object') return hashToJson(Object.entries(v as object));
  return JSON.stringify(toS(v));
}

function numberToJson(n: number, float = false): string {
  if (!Number.isFinite(n)) throw new Error(`${formatFloat(n)} not allowed in JSON`);
  if (Number.isInteger(n) && !float) return String(n);
  return formatFloat(n);
}

function hashToJson(entries: [unknown, unknown][]): string {
  const members = entries.map(([k, val]) => `${JSON.stringify(toS(k))}:${toJson(val)}`);
  return `{${members.join(',')}}`;
}
