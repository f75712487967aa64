/**
 * Liquid's `Utils.to_number` and the Integer/BigDecimal arithmetic of its math filters.
 * An Integer is a JS number; a Float operand becomes an exact Decimal, and Decimal results
 * turn back into Floats (`makeFloat`), exactly as Liquid calls `to_f` on BigDecimal results.
 */
import { makeFloat, RubyFloat } from '../../values/float.js';
import { liquidValue } from '../ruby/kinds.js';
import * as dec from './decimal.js';

export type LiquidNumber = number | dec.Decimal;

const DECIMAL_STRING = /^-?\d+\.\d+$/;
const LEADING_INTEGER = /^[\t\n\v\f\r ]*([+-]?\d+(?:_\d+)*)/;

/** Ruby's String#to_i: leading integer digits, 0 when there are none. */
export function stringToInteger(s: string): number {
  const m = LEADING_INTEGER.exec(s);
  return m ? Number(m[1].replaceAll('_', '')) : 0;
}

export function toNumber(value: unknown): LiquidNumber {
  const v = liquidValue(value);
  if (typeof v === 'number') return Number.isInteger(v) ? v : dec.decimalFromNumber(v);
  if (v instanceof RubyFloat) return dec.decimalFromNumber(v.value);
  if (typeof v === 'string') {
    const s = v.trim();
    return DECIMAL_STRING.test(s) ? dec.decimalFromString(s) : stringToInteger(v);
  }
  return 0;
}

export function isInteger(n: LiquidNumber): n is number {
  return typeof n === 'number';
}

export function asDecimal(n: LiquidNumber): dec.Decimal {
  return isInteger(n) ? dec.decimalFromInteger(n) : n;
}

/** What a template sees: Integers stay numbers, Decimals become Floats. */
export function numberResult(n: LiquidNumber): number | RubyFloat {
  return isInteger(n) ? n : makeFloat(dec.decimalToNumber(n));
}

type IntegerOperation = (a: number, b: number) => number;
type DecimalOperation = (a: dec.Decimal, b: dec.Decimal) => dec.Decimal;

function operation(onIntegers: IntegerOperation, onDecimals: DecimalOperation) {
  return (input: unknown, operand: unknown): number | RubyFloat => {
    const a = toNumber(input);
    const b = toNumber(operand);
    if (isInteger(a) && isInteger(b)) return onIntegers(a, b);
    return numberResult(onDecimals(asDecimal(a), asDecimal(b)));
  };
}

function integerDivide(a: number, b: number): number {
  if (b === 0) throw new Error('divided by 0');
  const q = BigInt(a) / BigInt(b);
  const exact = q * BigInt(b) === BigInt(a);
  return Number(!exact && a < 0 !== b < 0 ? q - 1n : q);
}

function integerModulo(a: number, b: number): number {
  if (b === 0) throw new Error('divided by 0');
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

export const plus = operation((a, b) => a + b, dec.decimalAdd);
export const minus = operation((a, b) => a - b, dec.decimalSubtract);
export const times = operation((a, b) => a * b, dec.decimalMultiply);
export const dividedBy = operation(integerDivide, dec.decimalDivide);
export const modulo = operation(integerModulo, dec.decimalModulo);

export function compareNumbers(a: LiquidNumber, b: LiquidNumber): number {
  if (isInteger(a) && isInteger(b)) return a < b ? -1 : a > b ? 1 : 0;
  return dec.decimalCompare(asDecimal(a), asDecimal(b));
}
