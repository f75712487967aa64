import { readDigitRun, setYearMonthDay, type ParsedDateFields, type ParseState } from './date-parse-fields.js';

export type { ParsedDateFields } from './date-parse-fields.js';

/**
 * Ruby's `Date._parse(string, true)`: picks date and time fields out of free-form text.
 * It runs a fixed series of pattern parsers; each one that matches blanks out the text it used.
 */
export class DateParseLimitError extends Error {}

const MAX_LENGTH = 128;
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const DAYS = 'sun|mon|tue|wed|thu|fri|sat';
const ERA = '(c(?:e|\\.e\\.)|b(?:ce|\\.c\\.e\\.)|a(?:d|\\.d\\.)|b(?:c|\\.c\\.))';
const NOT_ALLOWED = /[^-+',./:@\p{Alphabetic}\p{Nd}[\]]+/gu;

const DAY_PATTERN = new RegExp(`\\b(${DAYS})[^-/\\d\\s]*`, 'i');
const TIME_PATTERN = new RegExp(
  '((?:\\d+\\s*:\\s*\\d+(?:\\s*:\\s*\\d+(?:[,.]\\d*)?)?|\\d+\\s*h(?:\\s*\\d+m?(?:\\s*\\d+s?)?)?)' +
    '(?:\\s*[ap](?:m\\b|\\.m\\.))?|\\d+\\s*[ap](?:m\\b|\\.m\\.))' +
    '(?:\\s*((?:gmt|utc?)?[-+]\\d+(?:[,.:]\\d+(?::\\d+)?)?' +
    '|[\\p{Alphabetic}.\\s]+(?:standard|daylight)\\stime\\b|\\p{Alphabetic}+(?:\\sdst)?\\b))?',
  'iu',
);
const TIME_FIELDS = /^(\d+)h?(?:\s*:?\s*(\d+)m?(?:\s*:?\s*(\d+)(?:[,.](\d+))?s?)?)?(?:\s*([ap])(?:m\b|\.m\.))?/i;
const EU_PATTERN = new RegExp(
  `('?\\d+)[^-\\d\\s]*\\s*(${MONTHS})[^-\\d\\s']*(?:\\s*${ERA}?\\s*('?-?\\d+(?:(?:st|nd|rd|th)\\b)?))?`,
  'i',
);
const US_PATTERN = new RegExp(
  `\\b(${MONTHS})[^-\\d\\s']*\\s*('?\\d+)[^-\\d\\s']*(?:\\s*,?\\s*${ERA}?\\s*('?-?\\d+))?`,
  'i',
);
const ISO_PATTERN = /('?[-+]?\d+)-(\d+)-('?-?\d+)/;
const JIS_PATTERN = /\b([mtsh])(\d+)\.(\d+)\.(\d+)/i;
const VMS_DAY_FIRST = new RegExp(`('?-?\\d+)-(${MONTHS})[^-/.]*-('?-?\\d+)`, 'i');
const VMS_MONTH_FIRST = new RegExp(`\\b(${MONTHS})[^-/.]*-('?-?\\d+)(?:-('?-?\\d+))?`, 'i');
const SLASH_PATTERN = /('?-?\d+)\/\s*('?\d+)(?:\D\s*('?-?\d+))?/i;
const DOT_PATTERN = /('?-?\d+)\.\s*('?\d+)\.\s*('?-?\d+)/i;
const ISO_WEEK = /\b(\d{2}|\d{4})?-?w(\d{2})(?:-?(\d))?\b/i;
const ISO_WEEKDAY = /-w-(\d)\b/i;
const ISO_MONTH_DAY = /--(\d{2})?-(\d{2})\b/;
const ISO_MONTH = /--(\d{2})(\d{2})?\b/;
const ISO_ORDINAL_GUARD = /[,.](\d{2}|\d{4})-\d{3}\b/;
const ISO_ORDINAL = /\b(\d{2}|\d{4})-(\d{3})\b/;
const ISO_YDAY_GUARD = /\d-\d{3}\b/;
const ISO_YDAY = /\b-(\d{3})\b/;
const APOSTROPHE_YEAR = /'(\d+)\b/;
const MONTH_ONLY = new RegExp(`\\b(${MONTHS})\\S*`, 'i');
const ORDINAL_DAY = /(\d+)(st|nd|rd|th)\b/i;
const DIGIT_RUN = /([-+]?)(\d{2,14})(?:\s*t?\s*(\d{2,6})?(?:[,.](\d*))?)?(?:\s*(z\b|[-+]\d{1,4}\b|\[[-+]?\d[^\]]*\]))?/i;
const BC_PATTERN = /\b(bc\b|bce\b|b\.c\.|b\.c\.e\.)/i;
const FRAGMENT = /^\s*(\d{1,2})\s*$/i;

export function dateParse(input: string): ParsedDateFields {
  if (input.length > MAX_LENGTH) {
    throw new DateParseLimitError(`string length (${input.length}) exceeds the limit ${MAX_LENGTH}`);
  }
  const state: ParseState = { text: input.replace(NOT_ALLOWED, ' '), fields: {}, bc: false, completeYear: true };
  if (has(state, ALPHA)) subst(state, DAY_PATTERN, (m) => (state.fields.wday = dayIndex(m[1])));
  if (has(state, DIGIT)) subst(state, TIME_PATTERN, (m) => parseTimeMatch(state, m));
  parseDateParts(state);
  if (has(state, ALPHA)) subst(state, BC_PATTERN, () => (state.bc = true));
  if (has(state, DIGIT)) subst(state, FRAGMENT, (m) => parseFragment(state, Number(m[1])));
  return finish(state);
}

function parseDateParts(state: ParseState): void {
  const parsers: Array<[number, (s: ParseState) => boolean]> = [
    [ALPHA | DIGIT, parseEuropean],
    [ALPHA | DIGIT, parseAmerican],
    [DIGIT | DASH, parseIso],
    [DIGIT | DOT, parseJis],
    [ALPHA | DIGIT | DASH, parseVms],
    [DIGIT | SLASH, parseSlashed],
    [DIGIT | DOT, parseDotted],
    [DIGIT, parseIsoVariants],
    [DIGIT, parseApostropheYear],
    [ALPHA, parseMonthName],
    [DIGIT, parseOrdinalDay],
    [DIGIT, parseDigitRun],
  ];
  for (const [needs, parser] of parsers) {
    if (has(state, needs) && parser(state)) return;
  }
}

const ALPHA = 1;
const DIGIT = 2;
const DASH = 4;
const DOT = 8;
const SLASH = 16;

function has(state: ParseState, needs: number): boolean {
  let found = 0;
  const text = state.text;
  if (/[A-Za-z]/.test(text)) found |= ALPHA;
  if (/\d/.test(text)) found |= DIGIT;
  if (text.includes('-')) found |= DASH;
  if (text.includes('.')) found |= DOT;
  if (text.includes('/')) found |= SLASH;
  return (found & needs) === needs;
}

/** Runs `pattern`; on a match, replaces the matched text with one space and hands the match on. */
function subst(state: ParseState, pattern: RegExp, use: (m: RegExpExecArray) => unknown): boolean {
  const m = pattern.exec(state.text);
  if (!m) return false;
  state.text = state.text.slice(0, m.index) + ' ' + state.text.slice(m.index + m[0].length);
  use(m);
  return true;
}

function dayIndex(name: string): number {
  return DAYS.split('|').indexOf(name.slice(0, 3).toLowerCase());
}

function monthNumber(name: string): number {
  return MONTHS.split('|').indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function parseTimeMatch(state: ParseState, m: RegExpExecArray): void {
  if (m[2] !== undefined) state.fields.zone = m[2];
  const t = TIME_FIELDS.exec(m[1]);
  if (!t) return;
  let hour = Number(t[1]);
  if (t[5] !== undefined) hour = (hour % 12) + (t[5].toLowerCase() === 'p' ? 12 : 0);
  state.fields.hour = hour;
  if (t[2] !== undefined) state.fields.min = Number(t[2]);
  if (t[3] !== undefined) state.fields.sec = Number(t[3]);
  if (t[4] !== undefined) state.fields.secFraction = t[4];
}

function parseEuropean(state: ParseState): boolean {
  return subst(state, EU_PATTERN, (m) =>
    setYearMonthDay(state, m[4] ?? null, String(monthNumber(m[2])), m[1], isBc(m[3])),
  );
}

function parseAmerican(state: ParseState): boolean {
  return subst(state, US_PATTERN, (m) =>
    setYearMonthDay(state, m[4] ?? null, String(monthNumber(m[1])), m[2], isBc(m[3])),
  );
}

function isBc(era: string | undefined): boolean {
  return era !== undefined && era[0].toLowerCase() === 'b';
}

function parseIso(state: ParseState): boolean {
  return subst(state, ISO_PATTERN, (m) => setYearMonthDay(state, m[1], m[2], m[3], false));
}

const ERA_START_YEARS: Record<string, number> = { m: 1867, t: 1911, s: 1925, h: 1988 };

function parseJis(state: ParseState): boolean {
  return subst(state, JIS_PATTERN, (m) => {
    state.fields.year = Number(m[2]) + ERA_START_YEARS[m[1].toLowerCase()];
    state.fields.mon = Number(m[3]);
    state.fields.mday = Number(m[4]);
  });
}

function parseVms(state: ParseState): boolean {
  return (
    subst(state, VMS_DAY_FIRST, (m) => setYearMonthDay(state, m[3], String(monthNumber(m[2])), m[1], false)) ||
    subst(state, VMS_MONTH_FIRST, (m) => setYearMonthDay(state, m[3] ?? null, String(monthNumber(m[1])), m[2], false))
  );
}

function parseSlashed(state: ParseState): boolean {
  return subst(state, SLASH_PATTERN, (m) => setYearMonthDay(state, m[1], m[2], m[3] ?? null, false));
}

function parseDotted(state: ParseState): boolean {
  return subst(state, DOT_PATTERN, (m) => setYearMonthDay(state, m[1], m[2], m[3], false));
}

function parseIsoVariants(state: ParseState): boolean {
  const f = state.fields;
  return (
    subst(state, ISO_WEEK, (m) => {
      if (m[1] !== undefined) f.cwyear = Number(m[1]);
      f.cweek = Number(m[2]);
      if (m[3] !== undefined) f.cwday = Number(m[3]);
    }) ||
    subst(state, ISO_WEEKDAY, (m) => (f.cwday = Number(m[1]))) ||
    subst(state, ISO_MONTH_DAY, (m) => {
      if (m[1] !== undefined) f.mon = Number(m[1]);
      f.mday = Number(m[2]);
    }) ||
    subst(state, ISO_MONTH, (m) => {
      f.mon = Number(m[1]);
      if (m[2] !== undefined) f.mday = Number(m[2]);
    }) ||
    (!ISO_ORDINAL_GUARD.test(state.text) &&
      subst(state, ISO_ORDINAL, (m) => {
        f.year = Number(m[1]);
        f.yday = Number(m[2]);
      })) ||
    (!ISO_YDAY_GUARD.test(state.text) && subst(state, ISO_YDAY, (m) => (f.yday = Number(m[1]))))
  );
}

function parseApostropheYear(state: ParseState): boolean {
  return subst(state, APOSTROPHE_YEAR, (m) => (state.fields.year = Number(m[1])));
}

function parseMonthName(state: ParseState): boolean {
  return subst(state, MONTH_ONLY, (m) => (state.fields.mon = monthNumber(m[1])));
}

function parseOrdinalDay(state: ParseState): boolean {
  return subst(state, ORDINAL_DAY, (m) => (state.fields.mday = Number(m[1])));
}

function parseDigitRun(state: ParseState): boolean {
  return subst(state, DIGIT_RUN, (m) => readDigitRun(state, m));
}

function parseFragment(state: ParseState, n: number): void {
  const f = state.fields;
  if (f.hour !== undefined && f.mday === undefined && n >= 1 && n <= 31) f.mday = n;
  if (f.mday !== undefined && f.hour === undefined && n >= 0 && n <= 24) f.hour = n;
}

function finish(state: ParseState): ParsedDateFields {
  const f = state.fields;
  if (state.bc) {
    if (f.cwyear !== undefined) f.cwyear = -f.cwyear + 1;
    if (f.year !== undefined) f.year = -f.year + 1;
  }
  if (state.completeYear) {
    if (f.cwyear !== undefined) f.cwyear = completeTwoDigitYear(f.cwyear);
    if (f.year !== undefined) f.year = completeTwoDigitYear(f.year);
  }
  return f;
}

function completeTwoDigitYear(y: number): number {
  if (y < 0 || y > 99) return y;
  return y >= 69 ? y + 1900 : y + 2000;
}
