/**
 * Ruby's Time: an instant plus the UTC offset it is shown in.
 * `zone` is the abbreviation Ruby prints for `%Z` ("EDT", "UTC"); null for a fixed offset read from text.
 * `isUtc` is Ruby's `Time#utc?` (a time made in UTC, such as YAML `...Z`): it prints `UTC` instead of `+0000`.
 * `extraNanoseconds` (0..999999) keeps the precision below `epochMs` that YAML and `Time.parse` can carry.
 */
export class RubyTime {
  constructor(
    readonly epochMs: number,
    readonly offsetSeconds: number,
    readonly zone: string | null,
    readonly isUtc: boolean = false,
    readonly extraNanoseconds: number = 0,
  ) {}

  // Lets js-yaml use toString() when a time is a mapping key.
  get [Symbol.toStringTag](): string {
    return 'RubyTime';
  }

  /** Nanoseconds within the second (Ruby's `Time#nsec`). */
  get nanosecond(): number {
    return (((this.epochMs % 1000) + 1000) % 1000) * 1_000_000 + this.extraNanoseconds;
  }

  /** The wall-clock fields in this time's own offset. */
  get local(): Date {
    return new Date(this.epochMs + this.offsetSeconds * 1000);
  }

  valueOf(): number {
    return this.epochMs;
  }

  /** Ruby's Time#to_s: `2023-05-01 00:00:00 +0200`. */
  toString(): string {
    const d = this.local;
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    const date = `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
    const time = `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
    return `${date} ${time} ${this.isUtc ? 'UTC' : formatOffset(this.offsetSeconds)}`;
  }

  equals(other: unknown): boolean {
    return other instanceof RubyTime && other.epochMs === this.epochMs;
  }
  gt(other: unknown): boolean {
    return other instanceof RubyTime && this.epochMs > other.epochMs;
  }
  lt(other: unknown): boolean {
    return other instanceof RubyTime && this.epochMs < other.epochMs;
  }
  geq(other: unknown): boolean {
    return other instanceof RubyTime && this.epochMs >= other.epochMs;
  }
  leq(other: unknown): boolean {
    return other instanceof RubyTime && this.epochMs <= other.epochMs;
  }
}

/** Ruby's Date (a YAML `2024-02-29` in data): prints as `2024-02-29`. */
export class RubyDate {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}

  // Lets js-yaml use toString() when a date is a mapping key.
  get [Symbol.toStringTag](): string {
    return 'RubyDate';
  }

  toString(): string {
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${p(this.year, 4)}-${p(this.month)}-${p(this.day)}`;
  }

  valueOf(): number {
    return Date.UTC(this.year, this.month - 1, this.day);
  }

  equals(other: unknown): boolean {
    return other instanceof RubyDate && other.valueOf() === this.valueOf();
  }
  gt(other: unknown): boolean {
    return other instanceof RubyDate && this.valueOf() > other.valueOf();
  }
  lt(other: unknown): boolean {
    return other instanceof RubyDate && this.valueOf() < other.valueOf();
  }
  geq(other: unknown): boolean {
    return other instanceof RubyDate && this.valueOf() >= other.valueOf();
  }
  leq(other: unknown): boolean {
    return other instanceof RubyDate && this.valueOf() <= other.valueOf();
  }
}

/** `+0200`, `-0430`. */
export function formatOffset(offsetSeconds: number, separator = ''): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const abs = Math.abs(offsetSeconds);
  const h = String(Math.floor(abs / 3600)).padStart(2, '0');
  const m = String(Math.floor((abs % 3600) / 60)).padStart(2, '0');
  return `${sign}${h}${separator}${m}`;
}
