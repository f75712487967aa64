/** The field-assigning steps of Ruby's `Date._parse` that are too intricate to sit with the patterns. */

export interface ParsedDateFields {
  year?: number;
  yday?: number;
  mon?: number;
  mday?: number;
  wday?: number;
  hour?: number;
  min?: number;
  sec?: number;
  /** The digits after the decimal point of the seconds. */
  secFraction?: string;
  zone?: string;
  cwyear?: number;
  cweek?: number;
  cwday?: number;
}

export interface ParseState {
  text: string;
  fields: ParsedDateFields;
  bc: boolean;
  /** Whether a two-digit year still gets its century (false once the year was written with a sign or 3+ digits). */
  completeYear: boolean;
}

const SIGNED_DIGITS = /[-+]?\d+/;
const DIGITS = /\d+/;

/**
 * Decides which of three captured numbers is the year, the month and the day (they arrive in the
 * order of the pattern that matched), then stores them. Mirrors the swaps Ruby does.
 */
export function setYearMonthDay(
  state: ParseState,
  year: string | null,
  month: string | null,
  day: string | null,
  bc: boolean,
): void {
  let y = year;
  let m = month;
  let d = day;
  if (y !== null && m !== null && d === null) [y, m, d] = [null, y, m];
  if (y === null && d !== null && (d.length > 2 || d.startsWith("'"))) [y, d] = [d, null];
  if (y !== null) {
    const number = SIGNED_DIGITS.exec(y);
    if (number && number.index + number[0].length < y.length) [y, d] = [d, number[0]];
  }
  if (m !== null && (m.startsWith("'") || m.length > 2)) [y, m, d] = [m, d, y];
  if (d !== null && (d.startsWith("'") || d.length > 2)) [y, d] = [d, y];
  storeYear(state, y);
  if (bc) state.bc = true;
  const monthDigits = m === null ? null : DIGITS.exec(m);
  if (monthDigits) state.fields.mon = Number(monthDigits[0]);
  const dayDigits = d === null ? null : DIGITS.exec(d);
  if (dayDigits) state.fields.mday = Number(dayDigits[0]);
}

function storeYear(state: ParseState, y: string | null): void {
  const number = y === null ? null : SIGNED_DIGITS.exec(y);
  if (!number) return;
  const text = number[0];
  const digitCount = text.replace(/^[-+]/, '').length;
  if (/^[-+]/.test(text) || digitCount > 2) state.completeYear = false;
  state.fields.year = Number(text);
}

/** Reads a run of digits such as `20230405`, `20230405T101500`, `101500.5 +0100`. */
export function readDigitRun(state: ParseState, m: RegExpExecArray): void {
  const [, sign, digits, timeDigits, fractionDigits, zone] = m;
  const f = state.fields;
  const timeOnly = timeDigits === undefined && fractionDigits !== undefined;
  const at = (from: number, width: number) => Number(digits.slice(from, from + width));
  const signed = (n: number) => (sign === '-' ? -n : n);
  const n = digits.length;
  if (timeOnly) {
    readTimeFromEnd(state, digits, sign);
  } else if (n === 2) {
    f.mday = at(0, 2);
  } else if (n === 4) {
    f.mon = at(0, 2);
    f.mday = at(2, 2);
  } else if (n === 6) {
    f.year = signed(at(0, 2));
    f.mon = at(2, 2);
    f.mday = at(4, 2);
  } else if (n === 8 || n === 10 || n === 12 || n === 14) {
    f.year = signed(at(0, 4));
    f.mon = at(4, 2);
    f.mday = at(6, 2);
    if (n >= 10) f.hour = at(8, 2);
    if (n >= 12) f.min = at(10, 2);
    if (n >= 14) f.sec = at(12, 2);
    state.completeYear = false;
  } else if (n === 3) {
    f.yday = at(0, 3);
  } else if (n === 5) {
    f.year = signed(at(0, 2));
    f.yday = at(2, 3);
  } else if (n === 7) {
    f.year = signed(at(0, 4));
    f.yday = at(4, 3);
  }
  if (timeDigits !== undefined) readTimeDigits(f, timeDigits, fractionDigits !== undefined);
  if (fractionDigits !== undefined) f.secFraction = fractionDigits;
  if (zone !== undefined) f.zone = bracketZoneName(zone);
}

/** A digit run followed by a fraction is a time read from the right: `[[[[[yy]mm]dd]HH]MM]SS`. */
function readTimeFromEnd(state: ParseState, digits: string, sign: string): void {
  const f = state.fields;
  const n = digits.length;
  const from = (end: number, width: number) => Number(digits.slice(n - end, n - end + width));
  if (n === 9 || n === 11 || n === 13) return;
  f.sec = from(2, 2);
  if (n >= 4) f.min = from(4, 2);
  else if (n === 3) f.min = from(3, 1);
  if (n >= 6) f.hour = from(6, 2);
  else if (n === 5) f.hour = from(5, 1);
  if (n >= 8) f.mday = from(8, 2);
  else if (n === 7) f.mday = from(7, 1);
  if (n >= 10 && n % 2 === 0) f.mon = from(10, 2);
  if (n === 12 || n === 14) f.year = (sign === '-' ? -1 : 1) * from(n, n - 10);
  if (n === 14) state.completeYear = false;
}

function readTimeDigits(f: ParseState['fields'], t: string, hasFraction: boolean): void {
  const n = t.length;
  if (n !== 2 && n !== 4 && n !== 6) return;
  if (hasFraction) {
    f.sec = Number(t.slice(n - 2));
    if (n >= 4) f.min = Number(t.slice(n - 4, n - 2));
    if (n >= 6) f.hour = Number(t.slice(n - 6, n - 4));
  } else {
    f.hour = Number(t.slice(0, 2));
    if (n >= 4) f.min = Number(t.slice(2, 4));
    if (n >= 6) f.sec = Number(t.slice(4, 6));
  }
}

/** `[-5:EST]` names the zone after the colon; `[+9]` is the offset itself. */
function bracketZoneName(zone: string): string {
  if (!zone.startsWith('[')) return zone;
  const inner = zone.slice(1, -1);
  const colon = inner.indexOf(':');
  return colon >= 0 ? inner.slice(colon + 1) : inner;
}
