/**
 * Adapter: Liquid's `Utils.to_date`, built on lib/time's `parseTime` and `timeInZone`.
 * Replace with lib/time's `toLiquidDate(value, tz)` once that exists.
 */
import { parseTime, TimeParseError } from '../../time/time-parse.js';
import type { TimeZone } from '../../time/zone.js';
import { RubyDate, RubyTime } from '../../values/time.js';
import { liquidValue } from '../ruby/kinds.js';

const DIGITS_ONLY = /^\d+$/;

export function toLiquidDate(value: unknown, zone: TimeZone): RubyTime | RubyDate | null {
  const v = liquidValue(value);
  if (v instanceof RubyTime || v instanceof RubyDate) return v;
  if (typeof v === 'number' && Number.isInteger(v)) return zone.timeAt(v * 1000);
  if (typeof v !== 'string' || v === '') return null;
  const text = v.toLowerCase();
  if (text === 'now' || text === 'today') return zone.timeAt(Date.now());
  if (DIGITS_ONLY.test(text)) return zone.timeAt(Number(text) * 1000);
  try {
    return parseTime(text, zone);
  } catch (error) {
    if (error instanceof TimeParseError) return null;
    throw error;
  }
}
