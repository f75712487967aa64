import { readFileSync } from 'node:fs';

/**
 * The local time types of a compiled tz database file (RFC 8536), which is where
 * Ruby (through the C library) takes its `%Z` abbreviations from.
 */
export interface TzifData {
  /** Transition instants in seconds since the epoch, ascending. */
  transitions: number[];
  /** Index into `types` that applies from each transition on. */
  transitionTypes: number[];
  types: Array<{ offsetSeconds: number; isDst: boolean; abbreviation: string }>;
  /** Abbreviations named by the POSIX TZ footer, for instants after the last transition. */
  footer: { standard: string; standardOffsetSeconds: number; daylight: string | null } | null;
}

const ZONEINFO_DIR = '/usr/share/zoneinfo';
const HEADER_LENGTH = 44;

export function tzifPathFor(zoneName: string | null): string {
  if (zoneName === null) return '/etc/localtime';
  return `${ZONEINFO_DIR}/${zoneName.replace(/^:/, '')}`;
}

/** null when the file is missing or not a TZif file. */
export function readTzif(path: string): TzifData | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  if (bytes.length < HEADER_LENGTH || bytes.toString('latin1', 0, 4) !== 'TZif') return null;
  try {
    return parseTzif(bytes);
  } catch {
    return null;
  }
}

interface Counts {
  isUtc: number;
  isStd: number;
  leap: number;
  time: number;
  type: number;
  char: number;
}

function readCounts(bytes: Buffer, at: number): Counts {
  const n = (i: number) => bytes.readUInt32BE(at + 20 + i * 4);
  return { isUtc: n(0), isStd: n(1), leap: n(2), time: n(3), type: n(4), char: n(5) };
}

function blockLength(c: Counts, timeSize: number): number {
  return c.time * timeSize + c.time + c.type * 6 + c.char + c.leap * (timeSize + 4) + c.isStd + c.isUtc;
}

function parseTzif(bytes: Buffer): TzifData {
  const version = bytes[4];
  let counts = readCounts(bytes, 0);
  let at = HEADER_LENGTH;
  let timeSize = 4;
  if (version >= 0x32) {
    at += blockLength(counts, 4);
    counts = readCounts(bytes, at);
    at += HEADER_LENGTH;
    timeSize = 8;
  }
  const transitions: number[] = [];
  for (let i = 0; i < counts.time; i++) {
    transitions.push(timeSize === 8 ? Number(bytes.readBigInt64BE(at + i * 8)) : bytes.readInt32BE(at + i * 4));
  }
  at += counts.time * timeSize;
  const transitionTypes = [...bytes.subarray(at, at + counts.time)];
  at += counts.time;
  const typesStart = at;
  const charsStart = typesStart + counts.type * 6;
  const types = [];
  for (let i = 0; i < counts.type; i++) {
    const entry = typesStart + i * 6;
    const abbreviationStart = charsStart + bytes[entry + 5];
    const abbreviationEnd = bytes.indexOf(0, abbreviationStart);
    types.push({
      offsetSeconds: bytes.readInt32BE(entry),
      isDst: bytes[entry + 4] === 1,
      abbreviation: bytes.toString('latin1', abbreviationStart, abbreviationEnd),
    });
  }
  const footerStart = HEADER_LENGTH + (timeSize === 8 ? blockLength(readCounts(bytes, 0), 4) + HEADER_LENGTH : 0) + blockLength(counts, timeSize);
  const footer = version >= 0x32 ? parseFooter(bytes.toString('latin1', footerStart).trim()) : null;
  return { transitions, transitionTypes, types, footer };
}

const POSIX_ZONE = /^(<[^>]+>|[A-Za-z]{3,})([-+]?\d{1,2}(?::\d{1,2}){0,2})(<[^>]+>|[A-Za-z]{3,})?/;

/** The names and standard offset of a POSIX TZ string such as `EST5EDT,M3.2.0,M11.1.0`. */
function parseFooter(text: string): TzifData['footer'] {
  const match = POSIX_ZONE.exec(text);
  if (!match) return null;
  const unquote = (name: string) => name.replace(/^<|>$/g, '');
  const [hours, minutes = '0', seconds = '0'] = match[2].replace(/^[-+]/, '').split(':');
  const magnitude = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  // POSIX offsets count westwards: `EST5` is five hours behind UTC.
  const standardOffsetSeconds = match[2].startsWith('-') ? magnitude : -magnitude;
  return { standard: unquote(match[1]), standardOffsetSeconds, daylight: match[3] ? unquote(match[3]) : null };
}

/** The abbreviation in force at an instant, given the offset that is known to apply then. */
export function tzifAbbreviation(data: TzifData, epochSeconds: number, offsetSeconds: number): string | null {
  const { transitions } = data;
  if (transitions.length === 0 || epochSeconds >= transitions[transitions.length - 1]) {
    const fromFooter = footerAbbreviation(data, offsetSeconds);
    if (fromFooter !== null) return fromFooter;
  }
  const index = lastTransitionAtOrBefore(transitions, epochSeconds);
  const type = data.types[index < 0 ? 0 : data.transitionTypes[index]];
  if (type && type.offsetSeconds === offsetSeconds) return type.abbreviation;
  const sameOffset = data.types.filter((t) => t.offsetSeconds === offsetSeconds);
  return sameOffset.length > 0 ? sameOffset[sameOffset.length - 1].abbreviation : null;
}

function footerAbbreviation(data: TzifData, offsetSeconds: number): string | null {
  const footer = data.footer;
  if (!footer) return null;
  if (offsetSeconds === footer.standardOffsetSeconds) return footer.standard;
  return footer.daylight;
}

function lastTransitionAtOrBefore(transitions: number[], t: number): number {
  let low = 0;
  let high = transitions.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (transitions[mid] <= t) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
