import type { RubyDate, RubyTime } from '../values/time.js';
import { breakDown, type BrokenDownTime } from './broken-down-time.js';
import { isoWeek } from './calendar.js';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// flags, width, optional E/O modifier or colons, then the conversion character (absent at the end).
const DIRECTIVE = /%([-_0^#]*)(\d*)(E|O|:{1,3})?(.?)/gs;

interface Spec {
  flags: string;
  width: number | null;
}

/** Ruby's `Time#strftime` (and `Date#strftime` for a RubyDate). */
export function strftime(t: RubyTime | RubyDate, format: string): string {
  return formatFields(breakDown(t), format);
}

/** `strftime` of one time in each of several formats (the time is taken apart once). */
export function strftimeEach(t: RubyTime | RubyDate, formats: readonly string[]): string[] {
  const fields = breakDown(t);
  return formats.map((format) => formatFields(fields, format));
}

function formatFields(fields: BrokenDownTime, format: string): string {
  return format.replace(DIRECTIVE, (whole, flags: string, width: string, modifier: string | undefined, conversion: string) => {
    if (conversion === '') {
      if (fields.isDate || (flags === '' && width === '' && modifier?.startsWith(':'))) return whole;
      throw new Error(`invalid format: ${format}`);
    }
    const spec: Spec = { flags, width: width === '' ? null : Number(width) };
    const result = convert(fields, conversion, modifier ?? '', spec);
    return result ?? whole;
  });
}

function convert(f: BrokenDownTime, c: string, modifier: string, spec: Spec): string | null {
  if (modifier.startsWith(':')) return c === 'z' ? colonOffset(f.offsetSeconds, modifier.length, spec) : null;
  if (modifier === 'E' && !'cCxXyY'.includes(c)) return null;
  if (modifier === 'O' && !'deHImMSuUVwWy'.includes(c)) return null;
  const numeric = numericField(f, c);
  if (numeric) return padNumber(numeric.value, numeric.width, numeric.pad, spec);
  return textField(f, c, spec);
}

interface NumericField {
  value: number;
  width: number;
  pad: '0' | ' ';
}

function numericField(f: BrokenDownTime, c: string): NumericField | null {
  const zero = (value: number, width: number): NumericField => ({ value, width, pad: '0' });
  const space = (value: number, width: number): NumericField => ({ value, width, pad: ' ' });
  switch (c) {
    case 'Y': return zero(f.year, f.year < 0 ? 5 : 4);
    case 'C': return zero(Math.floor(f.year / 100), 2);
    case 'y': return zero(mod(f.year, 100), 2);
    case 'm': return zero(f.month, 2);
    case 'd': return zero(f.day, 2);
    case 'e': return space(f.day, 2);
    case 'j': return zero(f.yearDay, 3);
    case 'H': return zero(f.hour, 2);
    case 'k': return space(f.hour, 2);
    case 'I': return zero(twelveHour(f.hour), 2);
    case 'l': return space(twelveHour(f.hour), 2);
    case 'M': return zero(f.minute, 2);
    case 'S': return zero(f.second, 2);
    case 'u': return zero(f.weekday || 7, 1);
    case 'w': return zero(f.weekday, 1);
    case 'G': return zero(isoWeek(f).year, 4);
    case 'g': return zero(mod(isoWeek(f).year, 100), 2);
    case 'V': return zero(isoWeek(f).week, 2);
    case 'U': return zero(Math.floor((f.yearDay - 1 - f.weekday + 7) / 7), 2);
    case 'W': return zero(Math.floor((f.yearDay - 1 - ((f.weekday + 6) % 7) + 7) / 7), 2);
    default: return null;
  }
}

function textField(f: BrokenDownTime, c: string, spec: Spec): string | null {
  switch (c) {
    case 'B': return padText(cased(MONTH_NAMES[f.month - 1], spec, 'upcase'), spec);
    case 'b':
    case 'h': return padText(cased(MONTH_NAMES[f.month - 1].slice(0, 3), spec, 'upcase'), spec);
    case 'A': return padText(cased(DAY_NAMES[f.weekday], spec, 'upcase'), spec);
    case 'a': return padText(cased(DAY_NAMES[f.weekday].slice(0, 3), spec, 'upcase'), spec);
    case 'p': return padText(cased(f.hour < 12 ? 'AM' : 'PM', spec, 'downcase'), spec);
    case 'P': return padText(cased(f.hour < 12 ? 'am' : 'pm', spec, 'upcase'), spec);
    case 'Z': return f.zoneName === '' ? '' : padText(cased(f.zoneName, spec, 'downcase'), spec);
    case 'z': return numericOffset(f.offsetSeconds, spec);
    case 'L': return fraction(f.nanosecond, spec.width || 3);
    case 'N': return fraction(f.nanosecond, spec.width || 9);
    case 's': return String(Math.floor(f.epochMs / 1000));
    case 'Q': return f.isDate ? String(f.epochMs) : null;
    case 'n': return padText('\n', spec);
    case 't': return padText('\t', spec);
    case '%': return padText('%', spec);
    default: return composite(f, c, spec);
  }
}

const COMPOSITES: Record<string, string> = {
  c: '%a %b %e %H:%M:%S %Y',
  D: '%m/%d/%y',
  x: '%m/%d/%y',
  F: '%Y-%m-%d',
  X: '%H:%M:%S',
  T: '%H:%M:%S',
  r: '%I:%M:%S %p',
  R: '%H:%M',
  v: '%e-%^b-%4Y',
};

function composite(f: BrokenDownTime, c: string, spec: Spec): string | null {
  const expansion = c === '+' && f.isDate ? '%a %b %e %H:%M:%S %Z %Y' : COMPOSITES[c];
  if (expansion === undefined) return null;
  const text = expansion.replace(DIRECTIVE, (whole, flags: string, width: string, _m, conversion: string) => {
    const inner: Spec = { flags, width: width === '' ? null : Number(width) };
    return convert(f, conversion, '', inner) ?? whole;
  });
  return padText(spec.flags.includes('^') ? text.toUpperCase() : text, spec);
}

/** `^` upcases; `#` swaps to the other case (which for these fields means `swapTo`). */
function cased(text: string, spec: Spec, swapTo: 'upcase' | 'downcase'): string {
  if (spec.flags.includes('^')) return text.toUpperCase();
  if (spec.flags.includes('#')) return swapTo === 'upcase' ? text.toUpperCase() : text.toLowerCase();
  return text;
}

function padText(text: string, spec: Spec): string {
  if (spec.width === null || spec.flags.includes('-')) return text;
  const pad = spec.flags.includes('0') ? '0' : ' ';
  return text.padStart(spec.width, pad);
}

function padNumber(value: number, defaultWidth: number, defaultPad: '0' | ' ', spec: Spec): string {
  const digits = String(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  if (spec.flags.includes('-')) return sign + digits;
  const pad = spec.flags.includes('_') ? ' ' : spec.flags.includes('0') ? '0' : defaultPad;
  const width = spec.width ?? defaultWidth;
  if (pad === '0') return sign + digits.padStart(width - sign.length, '0');
  return (sign + digits).padStart(width, ' ');
}

function fraction(nanosecond: number, digits: number): string {
  const nine = String(nanosecond).padStart(9, '0');
  return digits <= 9 ? nine.slice(0, digits) : nine.padEnd(digits, '0');
}

function numericOffset(offsetSeconds: number, spec: Spec): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const abs = Math.abs(offsetSeconds);
  const hhmm = Math.floor(abs / 3600) * 100 + Math.floor((abs % 3600) / 60);
  const width = spec.width ?? 5;
  if (spec.flags.includes('_')) return (sign + String(hhmm)).padStart(width, ' ');
  return sign + String(hhmm).padStart(Math.max(width - 1, 4), '0');
}

function colonOffset(offsetSeconds: number, colons: number, spec: Spec): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const abs = Math.abs(offsetSeconds);
  const hours = String(Math.floor(abs / 3600)).padStart(2, '0');
  const minutes = String(Math.floor((abs % 3600) / 60)).padStart(2, '0');
  const seconds = String(abs % 60).padStart(2, '0');
  let text: string;
  if (colons === 1) text = `${sign}${hours}:${minutes}`;
  else if (colons === 2) text = `${sign}${hours}:${minutes}:${seconds}`;
  else text = minutes === '00' && seconds === '00' ? `${sign}${hours}` : `${sign}${hours}:${minutes}`;
  return padText(text, { flags: spec.flags.replace('0', ''), width: spec.width });
}

function twelveHour(hour: number): number {
  return hour % 12 === 0 ? 12 : hour % 12;
}

function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}
