import { wallClockAsUtcMs, type WallClock } from './calendar.js';
import { resolveZone, type ZoneSpec } from './zone.js';

const MS_PER_DAY = 86_400_000;

/**
 * The instant at which a zone's clocks show this wall-clock time, resolved as Ruby's `Time.local` does:
 * a time that occurs twice (clocks going back) is the later one, and a time skipped by clocks going
 * forward is read with the offset from before the change (02:30 becomes 03:30).
 */
export function wallClockToEpochMs(wall: WallClock, tz: ZoneSpec): number {
  const zone = resolveZone(tz);
  const asUtc = wallClockAsUtcMs(wall);
  const offsetBefore = zone.offsetSecondsAt(asUtc - MS_PER_DAY);
  const offsetAfter = zone.offsetSecondsAt(asUtc + MS_PER_DAY);
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => asUtc - offset * 1000)
    .filter((epoch, i) => zone.offsetSecondsAt(epoch) === [offsetBefore, offsetAfter][i]);
  if (candidates.length > 0) return Math.max(...candidates);
  return asUtc - offsetBefore * 1000;
}
