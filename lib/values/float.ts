/**
 * Ruby keeps Integer and Float apart; JavaScript has one number type.
 * A plain JS number is an Integer when it is integral and a Float otherwise.
 * A Float whose value happens to be integral (YAML `1.0`, `5 | times: 1.0`) is a RubyFloat,
 * so that it prints back as Ruby prints it (`1.0`). Any Float may also be a RubyFloat.
 */
export class RubyFloat {
  constructor(readonly value: number) {}

  // Lets js-yaml use toString() when a float is a mapping key.
  get [Symbol.toStringTag](): string {
    return 'RubyFloat';
  }

  valueOf(): number {
    return this.value;
  }

  toString(): string {
    return formatFloat(this.value);
  }

  toJSON(): number {
    return this.value;
  }

  // liquidjs treats objects with these methods as comparable in `==`, `<`, ...
  equals(other: unknown): boolean {
    return numericValue(other) === this.value;
  }
  gt(other: unknown): boolean {
    return this.value > (numericValue(other) ?? NaN);
  }
  lt(other: unknown): boolean {
    return this.value < (numericValue(other) ?? NaN);
  }
  geq(other: unknown): boolean {
    return this.value >= (numericValue(other) ?? NaN);
  }
  leq(other: unknown): boolean {
    return this.value <= (numericValue(other) ?? NaN);
  }
}

function numericValue(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof RubyFloat) return v.value;
  return undefined;
}

export function isFloat(v: unknown): boolean {
  return v instanceof RubyFloat || (typeof v === 'number' && !Number.isInteger(v));
}

export function isNumeric(v: unknown): v is number | RubyFloat {
  return typeof v === 'number' || v instanceof RubyFloat;
}

/** A Float result: integral values are wrapped so they keep printing as floats. */
export function makeFloat(n: number): number | RubyFloat {
  return Number.isInteger(n) ? new RubyFloat(n) : n;
}

/** Ruby's Float#to_s. */
export function formatFloat(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(n);
  if (abs >= 1e16 || abs < 1e-4) {
    const [mantissa, exponent] = n.toExponential().split('e');
    const m = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
    const e = Number(exponent);
    return `${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  const s = String(n);
  return s.includes('.') ? s : `${s}.0`;
}
