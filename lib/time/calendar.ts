/** Proleptic Gregorian calendar arithmetic, as Ruby's Time uses it. */

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export interface WallClock extends CivilDate {
  hour: number;
  minute: number;
  second: number;
  millisecond?: number;
}

const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Milliseconds since the epoch of a wall-clock reading taken as UTC; out-of-range fields roll over. */
export function wallClockAsUtcMs(w: WallClock): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, w.millisecond ?? 0);
  return d.getTime();
}

export function civilFromUtcMs(ms: number): WallClock & { weekday: number; millisecond: number } {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

/** Days of a common year before each month. */
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** 1-based day of the year (fields out of range roll over, as in wallClockAsUtcMs). */
export function dayOfYear(date: CivilDate): number {
  const { year, month, day } = date;
  if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
    return DAYS_BEFORE_MONTH[month - 1]! + day + (month > 2 && isLeapYear(year) ? 1 : 0);
  }
  const start = wallClockAsUtcMs({ year, month: 1, day: 1, hour: 0, minute: 0, second: 0 });
  const here = wallClockAsUtcMs({ year, month, day, hour: 0, minute: 0, second: 0 });
  return Math.round((here - start) / MS_PER_DAY) + 1;
}

/** 0 = Sunday. */
export function weekdayOf(date: CivilDate): number {
  return new Date(wallClockAsUtcMs({ year: date.year, month: date.month, day: date.day, hour: 0, minute: 0, second: 0 })).getUTCDay();
}

/** ISO 8601 week-numbering year and week (`%G`, `%V`). */
export function isoWeek(date: CivilDate): { year: number; week: number } {
  const isoWeekday = weekdayOf(date) || 7;
  const midnight = { year: date.year, month: date.month, day: date.day, hour: 0, minute: 0, second: 0 };
  const thursday = wallClockAsUtcMs(midnight) + (4 - isoWeekday) * MS_PER_DAY;
  const thursdayDate = civilFromUtcMs(thursday);
  return { year: thursdayDate.year, week: Math.floor((dayOfYear(thursdayDate) - 1) / 7) + 1 };
}
