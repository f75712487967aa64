import { RubyDate, RubyTime } from '../values/time.js';
import { civilFromUtcMs, dayOfYear, wallClockAsUtcMs, type WallClock } from './calendar.js';

/** The fields strftime reads, taken from a Time in its own offset or from a Date. */
export interface BrokenDownTime extends WallClock {
  nanosecond: number;
  weekday: number;
  yearDay: number;
  offsetSeconds: number;
  /** `%Z`: the zone abbreviation, "" for a fixed offset, "+00:00" for a Date. */
  zoneName: string;
  epochMs: number;
  isDate: boolean;
}

export function breakDown(t: RubyTime | RubyDate): BrokenDownTime {
  return t instanceof RubyDate ? breakDownDate(t) : breakDownTime(t);
}

// The fields are copied one by one: an object spread followed by more fields took V8 5–8 µs a time here.
function breakDownTime(t: RubyTime): BrokenDownTime {
  const civil = civilFromUtcMs(t.epochMs + t.offsetSeconds * 1000);
  return {
    year: civil.year,
    month: civil.month,
    day: civil.day,
    hour: civil.hour,
    minute: civil.minute,
    second: civil.second,
    millisecond: civil.millisecond,
    weekday: civil.weekday,
    nanosecond: t.nanosecond,
    yearDay: dayOfYear(civil),
    offsetSeconds: t.offsetSeconds,
    zoneName: t.isUtc ? 'UTC' : (t.zone ?? ''),
    epochMs: t.epochMs,
    isDate: false,
  };
}

function breakDownDate(d: RubyDate): BrokenDownTime {
  const midnight = { year: d.year, month: d.month, day: d.day, hour: 0, minute: 0, second: 0 };
  const epochMs = wallClockAsUtcMs(midnight);
  return {
    year: d.year,
    month: d.month,
    day: d.day,
    hour: 0,
    minute: 0,
    second: 0,
    nanosecond: 0,
    weekday: new Date(epochMs).getUTCDay(),
    yearDay: dayOfYear(midnight),
    offsetSeconds: 0,
    zoneName: '+00:00',
    epochMs,
    isDate: true,
  };
}
