import { RubyTime } from '../values/time.js';
import { wallClockAsUtcMs } from '../time/calendar.js';

/**
 * A YAML timestamp written without an offset. Psych reads it as UTC and hands back a local Time,
 * so it is shown in the site's zone once the document is loaded (see `applyTimezone`).
 */
export class UnzonedTime extends RubyTime {
  constructor(epochMs: number, extraNanoseconds: number) {
    super(epochMs, 0, 'UTC', false, extraNanoseconds);
  }
}

const DATE_PART = /^(-?\d{4})-(\d{1,2})-(\d{1,2})/;
const TIME_PART = /(\d+:\d+:\d+)(?:\.(\d*))?\s*(Z|[-+]\d+(:\d\d)?)?/;
const OFFSET = /^([+-]?\d{1,2}):?(\d{1,2})?$/;
const MAX_OFFSET_SECONDS = 86_400;

/** Psych's `parse_time` for a scalar matching its timestamp pattern; null where Ruby raises (Psych then keeps the string). */
export function parsePsychTime(text: string): RubyTime | null {
  const split = /[ tT]/.exec(text);
  if (!split) return null;
  const date = DATE_PART.exec(text.slice(0, split.index));
  const time = TIME_PART.exec(text.slice(split.index + 1));
  if (!date || !time) return null;
  const [hour, minute, second] = time[1].split(':').map(Number);
  const wall = { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]), hour, minute, second };
  if (!inTimeRange(wall)) return null;
  const nanoseconds = Number((time[2] ?? '').slice(0, 9).padEnd(9, '0'));
  const epochMs = wallClockAsUtcMs(wall) + Math.floor(nanoseconds / 1e6);
  const extra = nanoseconds % 1e6;
  const zone = time[3];
  if (zone === undefined) return new UnzonedTime(epochMs, extra);
  if (zone === 'Z') return new RubyTime(epochMs, 0, 'UTC', true, extra);
  const offset = offsetSeconds(zone);
  if (offset === null || Math.abs(offset) >= MAX_OFFSET_SECONDS) return null;
  return new RubyTime(epochMs - offset * 1000, offset, null, false, extra);
}

/** Psych's offset arithmetic: the minutes take the sign of the hours, so `-0:30` is +00:30. */
function offsetSeconds(zone: string): number | null {
  const m = OFFSET.exec(zone);
  if (!m) return null;
  const hours = Number(m[1]) * 3600;
  const minutes = Number(m[2] ?? 0) * 60;
  return hours < 0 ? hours - minutes : hours + minutes;
}

function inTimeRange(w: { month: number; day: number; hour: number; minute: number; second: number }): boolean {
  return (
    w.month >= 1 && w.month <= 12 &&
    w.day >= 1 && w.day <= 31 &&
    w.hour <= 24 && w.minute <= 59 && w.second <= 60 &&
    (w.hour < 24 || (w.minute === 0 && w.second === 0))
  );
}
