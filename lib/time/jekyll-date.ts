import { RubyDate, RubyTime } from '../values/time.js';
import { parseTime, TimeParseError } from './time-parse.js';
import { resolveZone, type ZoneSpec } from './zone.js';

/** Jekyll's `Errors::InvalidDateError`. */
export class InvalidDateError extends Error {}

/**
 * Jekyll's `Utils.parse_date`: `Time.parse(input).localtime`, so the result is always shown in
 * the site's zone, whatever offset the text carried.
 */
export function parseJekyllDate(
  input: string,
  tz: ZoneSpec,
  message = 'Input could not be parsed.',
  nowMs: number = Date.now(),
): RubyTime {
  const zone = resolveZone(tz);
  try {
    const parsed = parseTime(input, zone, nowMs);
    return zone.timeAt(parsed.epochMs, parsed.extraNanoseconds);
  } catch (error) {
    if (error instanceof TimeParseError) throw new InvalidDateError(`Invalid date '${input}': ${message}`);
    throw error;
  }
}

/**
 * What a document's `date` becomes (`Utils.parse_date(data["date"].to_s)`): the value is printed the
 * Ruby way and parsed again, so a Date is local midnight and a Time loses its fraction of a second.
 */
export function toJekyllTime(value: unknown, tz: ZoneSpec, message?: string, nowMs?: number): RubyTime {
  return parseJekyllDate(rubyToS(value), tz, message, nowMs);
}

function rubyToS(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof RubyTime || value instanceof RubyDate) return value.toString();
  return String(value);
}
