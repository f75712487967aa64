import { RubyTime } from '../values/time.js';
import { readTzif, tzifAbbreviation, tzifPathFor, type TzifData } from './tzif.js';
import { numericAbbreviation } from './numeric-abbreviation.js';

/**
 * A time zone as Ruby sees it through `ENV["TZ"]`: offsets come from `Intl`,
 * `%Z` abbreviations from the system's tz database when it is there.
 * Create one per site and pass it around: construction reads a file.
 */
export class TimeZone {
  /** Made on first use: the first `Intl.DateTimeFormat` of a process costs about 12 ms. */
  private formatterMade: Intl.DateTimeFormat | null | undefined;
  private readonly tzif: TzifData | null;
  /** The offset of a zone that never changes (UTC, on most servers and in many sites' settings): no formatter. */
  private readonly fixedOffsetSeconds: number | null;
  private shortNameFormatter: Intl.DateTimeFormat | null = null;

  private constructor(
    /** The IANA name, or null for the process's own zone. */
    readonly name: string | null,
  ) {
    const zoneName = name ?? localZoneNameFromEnv();
    this.tzif = readTzif(tzifPathFor(zoneName));
    this.fixedOffsetSeconds = this.tzif !== null && namesFixedZone(zoneName) ? fixedOffsetOf(this.tzif) : null;
  }

  /** `null` is the process's zone: `process.env.TZ`, else the system's. */
  static load(name: string | null): TimeZone {
    const trimmed = name?.trim();
    return new TimeZone(trimmed ? trimmed : null);
  }

  offsetSecondsAt(epochMs: number): number {
    if (this.fixedOffsetSeconds !== null) return this.fixedOffsetSeconds;
    const formatter = this.formatter();
    if (!formatter) return 0;
    const parts = formatter.formatToParts(epochMs);
    const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    const wall = new Date(0);
    wall.setUTCFullYear(field('year'), field('month') - 1, field('day'));
    wall.setUTCHours(field('hour'), field('minute'), field('second'));
    const wholeSecondsMs = Math.floor(epochMs / 1000) * 1000;
    return Math.round((wall.getTime() - wholeSecondsMs) / 1000);
  }

  /** What Ruby prints for `%Z` at this instant. */
  abbreviationAt(epochMs: number, offsetSeconds = this.offsetSecondsAt(epochMs)): string {
    if (this.fixedOffsetSeconds === null && !this.formatter()) return invalidZoneAbbreviation(this.name);
    const fromTzif = this.tzif && tzifAbbreviation(this.tzif, Math.floor(epochMs / 1000), offsetSeconds);
    return fromTzif || this.intlAbbreviation(epochMs, offsetSeconds);
  }

  /** The instant shown as local time in this zone (Ruby's `Time#localtime`). */
  timeAt(epochMs: number, extraNanoseconds = 0): RubyTime {
    const offset = this.offsetSecondsAt(epochMs);
    return new RubyTime(epochMs, offset, this.abbreviationAt(epochMs, offset), false, extraNanoseconds);
  }

  /** The formatter that gives the wall time in this zone; null when `Intl` does not know the zone. */
  private formatter(): Intl.DateTimeFormat | null {
    if (this.formatterMade === undefined) this.formatterMade = createFormatter(this.name);
    return this.formatterMade;
  }

  private intlAbbreviation(epochMs: number, offsetSeconds: number): string {
    this.shortNameFormatter ??= new Intl.DateTimeFormat('en-US', {
      timeZone: this.formatter()?.resolvedOptions().timeZone,
      timeZoneName: 'short',
    });
    const short = this.shortNameFormatter
      .formatToParts(epochMs)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (short && /^[A-Z]{3,5}$/.test(short) && short !== 'GMT') return short;
    if (offsetSeconds === 0 && (this.name === null || /UTC|UCT|Universal|Zulu/.test(this.name))) return 'UTC';
    return numericAbbreviation(offsetSeconds);
  }
}

function localZoneNameFromEnv(): string | null {
  const tz = process.env.TZ;
  return tz ? tz : null;
}

function createFormatter(name: string | null): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone: (name ?? localZoneNameFromEnv() ?? undefined)?.replace(/^:/, ''),
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null;
  }
}

/** Names of UTC and of zones a fixed offset from it, which `Intl` knows as the tz database does. */
const FIXED_ZONE_NAME = /^:?(?:Etc\/)?(?:UTC|UCT|Universal|Zulu|Greenwich|GMT(?:[+-]?\d{1,2})?)$/;

/** Whether a zone that turns out to have one fixed offset may be taken at its file's word: the system's, or one named above. */
function namesFixedZone(zoneName: string | null): boolean {
  return zoneName === null || FIXED_ZONE_NAME.test(zoneName);
}

/**
 * The offset of a zone file with one local time type and no transitions or daylight rule (such as Etc/UTC), which
 * is what both the C library and `Intl` give for every instant in such a zone; null for any other file.
 */
function fixedOffsetOf(tzif: TzifData): number | null {
  if (tzif.transitions.length > 0 || tzif.types.length !== 1 || tzif.footer?.daylight) return null;
  const offset = tzif.types[0].offsetSeconds;
  return tzif.footer === null || tzif.footer.standardOffsetSeconds === offset ? offset : null;
}

/** The C library reads an unknown TZ as UTC named after its leading letters (`Foo/Bar` → `Foo`). */
function invalidZoneAbbreviation(name: string | null): string {
  const letters = /^:?([A-Za-z]{3,})/.exec(name ?? '');
  return letters ? letters[1] : 'UTC';
}

/** A zone given by name, or an already loaded one. */
export type ZoneSpec = TimeZone | string | null;

export function resolveZone(tz: ZoneSpec): TimeZone {
  return tz instanceof TimeZone ? tz : TimeZone.load(tz);
}

/** The instant as a Ruby Time in the zone (`Time.at(t)` under `TZ=tz`). */
export function timeInZone(epochMs: number, tz: ZoneSpec): RubyTime {
  return resolveZone(tz).timeAt(epochMs);
}
