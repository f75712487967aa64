/** Ruby 3.1's `inspect`, as Jekyll's `inspect` filter and hash printing show values. */
import { formatFloat, RubyFloat } from '../../values/float.js';
import { RubyDate, RubyTime } from '../../values/time.js';
import { hashEntries, isHash, isNil, liquidValue } from './kinds.js';

const STRING_ESCAPES = /["\\\x00-\x1f\x7f]|#(?=[{$@])/g;

const NAMED_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
  '\f': '\\f',
  '\v': '\\v',
  '\b': '\\b',
  '\x07': '\\a',
  '\x1b': '\\e',
  '#': '\\#',
};

function escapeCharacter(ch: string): string {
  return NAMED_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export function inspectString(s: string): string {
  return `"${s.replace(STRING_ESCAPES, escapeCharacter)}"`;
}

export function inspectNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : formatFloat(n);
}

export function inspect(value: unknown): string {
  const v = liquidValue(value);
  if (isNil(v)) return 'nil';
  if (typeof v === 'string') return inspectString(v);
  if (typeof v === 'number') return inspectNumber(v);
  if (v instanceof RubyFloat) return formatFloat(v.value);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(inspect).join(', ')}]`;
  if (isHash(v)) return inspectHash(v);
  if (v instanceof RubyTime) return v.toString();
  if (v instanceof RubyDate) return inspectDate(v);
  return inspectObject(v as object);
}

function inspectHash(hash: Parameters<typeof hashEntries>[0]): string {
  const pairs = hashEntries(hash).map(([k, val]) => `${inspect(k)}=>${inspect(val)}`);
  return `{${pairs.join(', ')}}`;
}

function inspectDate(date: RubyDate): string {
  const julianDay = Math.floor(date.valueOf() / 86400000) + 2440588;
  return `#<Date: ${date.toString()} ((${julianDay}j,0s,0n),+0s,2299161j)>`;
}

function inspectObject(object: object): string {
  const own = Object.prototype.toString === object.toString ? null : String(object);
  if (own !== null) return own;
  return inspectHash(Object.fromEntries(Object.entries(object)));
}
