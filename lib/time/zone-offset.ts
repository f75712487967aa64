import { wallClockToEpochMs } from './wall-clock.js';
import type { TimeZone } from './zone.js';

const NAMED_OFFSET_HOURS: Record<string, number> = {
  UTC: 0, Z: 0, UT: 0, GMT: 0,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, I: 9, K: 10, L: 11, M: 12,
  N: -1, O: -2, P: -3, Q: -4, R: -5, S: -6, T: -7, U: -8, V: -9, W: -10, X: -11, Y: -12,
};

const HOURS_MINUTES_SECONDS = /^([+-])(\d\d)(:?)(\d\d)(?:\3(\d\d))?$/;
const HOURS_ONLY = /^[+-]\d\d$/;

/**
 * Ruby's `Time.zone_offset`: numeric offsets, the RFC 822 names, and the local zone's own
 * abbreviations (as used on 1 January or 1 July of `year`). null when the name is not understood.
 */
export function zoneOffsetSeconds(name: string, year: number, local: TimeZone): number | null {
  const upper = name.toUpperCase();
  const numeric = HOURS_MINUTES_SECONDS.exec(upper);
  if (numeric) {
    const seconds = (Number(numeric[2]) * 60 + Number(numeric[4])) * 60 + Number(numeric[5] ?? 0);
    return numeric[1] === '-' ? -seconds : seconds;
  }
  if (HOURS_ONLY.test(upper)) return Number(upper) * 3600;
  if (upper in NAMED_OFFSET_HOURS) return NAMED_OFFSET_HOURS[upper] * 3600;
  for (const month of [1, 7]) {
    const epochMs = wallClockToEpochMs({ year, month, day: 1, hour: 0, minute: 0, second: 0 }, local);
    if (local.abbreviationAt(epochMs).toUpperCase() === upper) return local.offsetSecondsAt(epochMs);
  }
  return null;
}

/** Zone names Ruby treats as UTC itself rather than as a zone that happens to be at +00:00. */
export function isUtcZoneName(name: string): boolean {
  return /^(?:-00:00|-0000|-00|UTC|Z|UT)$/i.test(name);
}
