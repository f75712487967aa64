import { makeFloat } from '../values/float.js';
import { RubyDate } from '../values/time.js';
import { daysInMonth } from '../time/calendar.js';
import { disallowedClass, YamlValueError } from './errors.js';
import { parsePsychTime } from './psych-time.js';

// Psych's ScalarScanner patterns (YAML 1.1 as Ruby reads it). Ruby's ^ and $ match at line breaks.
const WORDLIKE = /^[^\d.:-]?[\p{Alphabetic}_ \t\n\v\f\r!@#$%^&*(){}<>|/\\~;=]+/mu;
const NOT_KEYWORD_START = /^[^ytonf~]/im;
const NULL_WORD = /^null$/im;
const TRUE_WORD = /^(yes|true|on)$/im;
const FALSE_WORD = /^(no|false|off)$/im;
const TIMESTAMP = /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/;
const DATE = /^(\d{4})-(1[012]|0\d|\d)-([12]\d|3[01]|0\d|\d)$/;
const POSITIVE_INFINITY = /^\+?\.inf$/i;
const NEGATIVE_INFINITY = /^-\.inf$/i;
const NOT_A_NUMBER = /^\.nan$/i;
const SYMBOL = /^:./;
const SEXAGESIMAL_INT = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$/;
const SEXAGESIMAL_FLOAT = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\.[0-9_]*$/;
const FLOAT = /^[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?$/;
const LONE_DOT = /^[-+]?\.$/;
const INTEGER = /^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$/;

/** The value Psych gives an untagged plain scalar: nil, a boolean, a number, a Time or Date, or the string itself. */
export function resolvePlainScalar(text: string): unknown {
  if (text === '') return null;
  if (WORDLIKE.test(text) || text.includes('\n')) return resolveWord(text);
  if (TIMESTAMP.test(text)) return parsePsychTime(text) ?? text;
  if (DATE.test(text)) return parseDate(text) ?? text;
  if (POSITIVE_INFINITY.test(text)) return Infinity;
  if (NEGATIVE_INFINITY.test(text)) return -Infinity;
  if (NOT_A_NUMBER.test(text)) return NaN;
  if (SYMBOL.test(text)) throw disallowedClass('Symbol', text);
  if (SEXAGESIMAL_INT.test(text)) return sexagesimal(text, parseRubyInteger);
  if (SEXAGESIMAL_FLOAT.test(text)) return makeFloat(sexagesimal(text, parseFloat));
  if (FLOAT.test(text)) return LONE_DOT.test(text) ? text : makeFloat(Number(decimalText(text)));
  if (INTEGER.test(text)) return rubyInteger(text.replace(/[,_]/g, ''), text);
  return text;
}

/** Words up to five characters may be nil or booleans; anything longer stays a string. */
function resolveWord(text: string): unknown {
  if (text.length > 5 || NOT_KEYWORD_START.test(text)) return text;
  if (text === '~' || NULL_WORD.test(text)) return null;
  if (TRUE_WORD.test(text)) return true;
  if (FALSE_WORD.test(text)) return false;
  return text;
}

function parseDate(text: string): RubyDate | null {
  const [, y, m, d] = DATE.exec(text)!;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || day < 1 || day > daysInMonth(year, month)) return null;
  return new RubyDate(year, month, day);
}

/** `1:20` is 1×60² + 20×60 (Psych weights the first part by 60² even with two parts); `1:20:30` adds 30. */
function sexagesimal(text: string, parsePart: (part: string) => number): number {
  return text.split(':').reduce((sum, part, i) => sum + parsePart(part.replace(/_/g, '')) * 60 ** Math.abs(i - 2), 0);
}

/** Ruby's String#to_i for the digits the patterns above let through. */
function parseRubyInteger(part: string): number {
  return parseInt(part, 10) || 0;
}

/** Psych drops `,` and `_`, and a `.` that ends the mantissa (`1.` and `1.e+3`). */
function decimalText(text: string): string {
  return text.replace(/[,_]/g, '').replace(/\.([Ee]|$)/, '$1');
}

/** Ruby's `Integer(text)`: `0b`, `0` (octal) and `0x` prefixes. */
export function rubyInteger(digits: string, scalar: string): number {
  const sign = digits.startsWith('-') ? -1 : 1;
  const body = digits.replace(/^[-+]/, '');
  const radixPrefixed = /^0([bBxXoO]?)(.*)$/.exec(body);
  let value: number;
  if (!radixPrefixed || (radixPrefixed[1] === '' && radixPrefixed[2] === '')) {
    value = /^\d+$/.test(body) ? Number(body) : NaN;
  } else {
    const radix = { b: 2, x: 16, o: 8, '': 8 }[radixPrefixed[1].toLowerCase()] ?? 10;
    const validDigits = { 2: /^[01]+$/, 8: /^[0-7]+$/, 16: /^[0-9a-fA-F]+$/ }[radix as 2 | 8 | 16];
    value = validDigits.test(radixPrefixed[2]) ? parseInt(radixPrefixed[2], radix) : NaN;
  }
  if (Number.isNaN(value)) {
    throw new YamlValueError(`invalid value for Integer(): ${JSON.stringify(digits)}`, scalar);
  }
  return sign * value;
}
