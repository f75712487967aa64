import { RubyTime } from '../values/time.js';
import { daysInMonth, wallClockAsUtcMs, type WallClock } from './calendar.js';
import { dateParse, type ParsedDateFields } from './date-parse.js';
import { zoneOffsetSeconds, isUtcZoneName } from './zone-offset.js';
import { wallClockToEpochMs } from './wall-clock.js';
import type { TimeZone } from './zone.js';

/** What Ruby raises as ArgumentError from `Time.parse`. */
export class TimeParseError extends Error {}

/**
 * Ruby's `Time.parse(text, now)` with `ENV["TZ"]` set to `zone`: fields missing from the text are
 * taken from `now` up to the first one given; a numeric or known zone makes the time fixed there.
 */
export function parseTime(text: string, zone: TimeZone, nowMs: number = Date.now()): RubyTime {
  let fields: ParsedDateFields;
  try {
    fields = dateParse(text);
  } catch (error) {
    throw new TimeParseError((error as Error).message);
  }
  if (!hasTimeInformation(fields)) throw new TimeParseError(`no time information in ${JSON.stringify(text)}`);
  const zoneName = fields.zone;
  const now = zone.timeAt(nowMs);
  const nowYear = now.local.getUTCFullYear();
  let offset = zoneName === undefined ? null : zoneOffsetSeconds(zoneName, fields.year ?? nowYear, zone);
  const nowInOffset = offset === null ? now : new RubyTime(nowMs, offset, null);
  const wall = fillFromNow(resolveYearDay(fields, fields.year ?? nowYear), nowInOffset);
  if (zoneName !== undefined && wall.year !== (fields.year ?? nowYear)) {
    offset = zoneOffsetSeconds(zoneName, wall.year, zone);
  }
  validate(wall);
  const nanoseconds = fractionNanoseconds(fields.secFraction);
  if (offset === null) {
    const epochMs = wallClockToEpochMs(wall, zone) + Math.floor(nanoseconds / 1e6);
    return zone.timeAt(epochMs, nanoseconds % 1e6);
  }
  const epochMs = wallClockAsUtcMs(wall) - offset * 1000 + Math.floor(nanoseconds / 1e6);
  return placeInZone(epochMs, nanoseconds % 1e6, zoneName ?? '', offset, zone);
}

function hasTimeInformation(f: ParsedDateFields): boolean {
  return [f.year, f.yday, f.mon, f.mday, f.hour, f.min, f.sec, f.secFraction].some((v) => v !== undefined);
}

/** A day of the year becomes a month and day of that year. */
function resolveYearDay(f: ParsedDateFields, year: number): ParsedDateFields {
  if (f.yday === undefined) return f;
  if (f.yday < 1 || f.yday > 366) throw new TimeParseError(`yday ${f.yday} out of range`);
  let day = f.yday;
  let mon = 1;
  while (mon <= 12 && day > daysInMonth(year, mon)) {
    day -= daysInMonth(year, mon);
    mon += 1;
  }
  if (mon > 12) throw new TimeParseError(`yday ${f.yday} out of range`);
  return { ...f, mon, mday: day };
}

/** Fields before the first one the text gives come from `now`; later ones default to their minimum. */
function fillFromNow(f: ParsedDateFields, now: RubyTime): WallClock {
  const n = now.local;
  const fromNow = [n.getUTCFullYear(), n.getUTCMonth() + 1, n.getUTCDate(), n.getUTCHours(), n.getUTCMinutes(), n.getUTCSeconds()];
  const given = [f.year, f.mon, f.mday, f.hour, f.min, f.sec];
  const firstGiven = given.findIndex((v) => v !== undefined);
  const upTo = firstGiven === -1 ? given.length : firstGiven;
  const defaults = [1970, 1, 1, 0, 0, 0];
  const value = (i: number) => given[i] ?? (i < upTo ? fromNow[i] : defaults[i]);
  return {
    year: value(0),
    month: value(1),
    day: value(2),
    hour: value(3),
    minute: value(4),
    second: value(5),
  };
}

/** The ranges Ruby's Time.utc / Time.local accept (days past the month's end roll over). */
function validate(w: WallClock): void {
  const ok =
    w.month >= 1 && w.month <= 12 &&
    w.day >= 1 && w.day <= 31 &&
    w.hour >= 0 && w.hour <= 24 &&
    w.minute >= 0 && w.minute <= 59 &&
    w.second >= 0 && w.second <= 60 &&
    (w.hour < 24 || (w.minute === 0 && w.second === 0));
  if (!ok) throw new TimeParseError('argument out of range');
}

function fractionNanoseconds(digits: string | undefined): number {
  if (digits === undefined) return 0;
  return Number(digits.slice(0, 9).padEnd(9, '0'));
}

/** Ruby's `force_zone!`: UTC names give a UTC time; an offset the local zone has gives local time. */
function placeInZone(epochMs: number, extraNanoseconds: number, zoneName: string, offset: number, zone: TimeZone): RubyTime {
  if (isUtcZoneName(zoneName)) return new RubyTime(epochMs, 0, 'UTC', true, extraNanoseconds);
  const local = zone.timeAt(epochMs, extraNanoseconds);
  if (local.offsetSeconds === offset) return local;
  return new RubyTime(epochMs, offset, null, false, extraNanoseconds);
}
