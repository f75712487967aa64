/**
 * Exact decimal arithmetic, standing in for the BigDecimal that Liquid turns Float operands into
 * (`0.1 | plus: 0.2` is 0.3). A Decimal is `coefficient × 10^-scale`.
 */
export interface Decimal {
  readonly coefficient: bigint;
  readonly scale: number;
}

const DIVISION_DIGITS = 40;
const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

export function decimalFromString(text: string): Decimal {
  const m = DECIMAL_TEXT.exec(text.trim());
  if (!m) return { coefficient: 0n, scale: 0 };
  const [, sign, whole, fraction = '', exponent = '0'] = m;
  const digits = `${whole}${fraction}` || '0';
  const scale = fraction.length - Number(exponent);
  const coefficient = BigInt(digits) * (sign === '-' ? -1n : 1n);
  return scale >= 0 ? { coefficient, scale } : { coefficient: coefficient * 10n ** BigInt(-scale), scale: 0 };
}

/** Ruby's `BigDecimal(float.to_s)`: the shortest decimal that reads back as the float. */
export function decimalFromNumber(n: number): Decimal {
  return decimalFromString(String(n));
}

export function decimalFromInteger(n: number): Decimal {
  return { coefficient: BigInt(n), scale: 0 };
}

export function decimalToString(d: Decimal): string {
  const negative = d.coefficient < 0n;
  const digits = (negative ? -d.coefficient : d.coefficient).toString().padStart(d.scale + 1, '0');
  const whole = digits.slice(0, digits.length - d.scale);
  const fraction = digits.slice(digits.length - d.scale);
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** The nearest double (BigDecimal#to_f). */
export function decimalToNumber(d: Decimal): number {
  return Number(decimalToString(d));
}

function rescale(d: Decimal, scale: number): bigint {
  return d.coefficient * 10n ** BigInt(scale - d.scale);
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [rescale(a, scale), rescale(b, scale), scale];
}

export function decimalAdd(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return { coefficient: x + y, scale };
}

export function decimalSubtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return { coefficient: x - y, scale };
}

export function decimalMultiply(a: Decimal, b: Decimal): Decimal {
  return { coefficient: a.coefficient * b.coefficient, scale: a.scale + b.scale };
}

export function decimalDivide(a: Decimal, b: Decimal): Decimal {
  if (b.coefficient === 0n) throw new Error('divided by 0');
  const [x, y] = aligned(a, b);
  const quotient = (x * 10n ** BigInt(DIVISION_DIGITS)) / y;
  return { coefficient: quotient, scale: DIVISION_DIGITS };
}

/** Ruby's `%`: the result takes the sign of the divisor. */
export function decimalModulo(a: Decimal, b: Decimal): Decimal {
  if (b.coefficient === 0n) throw new Error('divided by 0');
  const [x, y, scale] = aligned(a, b);
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return { coefficient: r, scale };
}

export function decimalCompare(a: Decimal, b: Decimal): number {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function decimalAbs(d: Decimal): Decimal {
  return d.coefficient < 0n ? { coefficient: -d.coefficient, scale: d.scale } : d;
}

/** BigDecimal#round(places) with ROUND_HALF_UP (halves away from zero). */
export function decimalRound(d: Decimal, places: number): Decimal {
  if (d.scale <= places) return d;
  const divisor = 10n ** BigInt(d.scale - places);
  const negative = d.coefficient < 0n;
  const magnitude = negative ? -d.coefficient : d.coefficient;
  let q = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) q += 1n;
  const coefficient = negative ? -q : q;
  return places >= 0 ? { coefficient, scale: places } : { coefficient: coefficient * 10n ** BigInt(-places), scale: 0 };
}

function floorDivide(d: Decimal): bigint {
  const divisor = 10n ** BigInt(d.scale);
  const q = d.coefficient / divisor;
  return d.coefficient < 0n && q * divisor !== d.coefficient ? q - 1n : q;
}

export function decimalFloor(d: Decimal): bigint {
  return floorDivide(d);
}

export function decimalCeil(d: Decimal): bigint {
  return -floorDivide({ coefficient: -d.coefficient, scale: d.scale });
}
