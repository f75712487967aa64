/**
 * Ruby's Time: an instant plus the UTC offset it is shown in.
 * `zone` is the abbreviation Ruby prints for `%Z` ("EDT", "UTC"); null for a fixed offset read from text.
 */
export class RubyTime {
  constructor(
    readonly epochMs: number,
    readonly offsetSeconds: number,
    readonly zone: string | null,
  ) {}

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
    return `${date} ${time} ${formatOffset(this.offsetSeconds)}`;
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
