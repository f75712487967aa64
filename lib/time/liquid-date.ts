import { RubyDate, RubyTime } from '../values/time.js';
import { parseTime, TimeParseError } from './time-parse.js';
import { resolveZone, type ZoneSpec } from './zone.js';

const DIGITS_ONLY = /^\d+$/;

/**
 * Liquid's `Utils.to_date`, which the `date` filter uses: times and dates pass through, integers and
 * digit-only strings are Unix timestamps, "now"/"today" is the current time, other strings go through
 * Ruby's `Time.parse` (after being lowercased). Anything else, or text without a date, gives null.
 */
export function toLiquidDate(value: unknown, tz: ZoneSpec, nowMs: number = Date.now()): RubyTime | RubyDate | null {
  if (value instanceof RubyTime || value instanceof RubyDate) return value;
  const zone = resolveZone(tz);
  if (typeof value === 'number') {
    return Number.isInteger(value) ? zone.timeAt(value * 1000) : null;
  }
  if (typeof value !== 'string' || value === '') return null;
  const text = value.toLowerCase();
  if (text === 'now' || text === 'today') return zone.timeAt(nowMs);
  if (DIGITS_ONLY.test(text)) return zone.timeAt(Number(text) * 1000);
  try {
    return parseTime(text, zone, nowMs);
  } catch (error) {
    if (error instanceof TimeParseError) return null;
    throw error;
  }
}
