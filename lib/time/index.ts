export { TimeZone, resolveZone, timeInZone, type ZoneSpec } from './zone.js';
export { wallClockToEpochMs } from './wall-clock.js';
export type { WallClock, CivilDate } from './calendar.js';
export { strftime, strftimeEach } from './strftime.js';
export { parseTime, TimeParseError } from './time-parse.js';
export { dateParse, type ParsedDateFields } from './date-parse.js';
export { toLiquidDate } from './liquid-date.js';
export { parseJekyllDate, toJekyllTime, InvalidDateError } from './jekyll-date.js';
