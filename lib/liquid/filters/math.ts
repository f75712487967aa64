/** Liquid's math filters: plus, minus, times, divided_by, modulo, round, ceil, floor, abs, at_least, at_most. */
import type { RubyFloat } from '../../values/float.js';
import * as dec from './decimal.js';
import {
  compareNumbers,
  dividedBy,
  isInteger,
  minus,
  modulo,
  numberResult,
  plus,
  times,
  toNumber,
  type LiquidNumber,
} from './number.js';
import type { FilterTable } from './filter-table.js';

type NumberResult = number | RubyFloat;

function roundInteger(n: number, places: number): number {
  if (places >= 0) return n;
  const unit = 10 ** -places;
  const rounded = Math.floor(Math.abs(n) / unit + 0.5) * unit;
  return n < 0 ? -rounded : rounded;
}

function round(input: unknown, places: unknown = 0): NumberResult {
  const n = toNumber(input);
  const p = toNumber(places);
  const digits = isInteger(p) ? p : Number(dec.decimalFloor(p));
  const result: LiquidNumber = isInteger(n) ? roundInteger(n, digits) : dec.decimalRound(n, digits);
  const isZeroPlaces = places === 0;
  if (isZeroPlaces && !isInteger(result)) return Number(dec.decimalFloor(result));
  return numberResult(result);
}

function ceil(input: unknown): number {
  const n = toNumber(input);
  return isInteger(n) ? n : Number(dec.decimalCeil(n));
}

function floor(input: unknown): number {
  const n = toNumber(input);
  return isInteger(n) ? n : Number(dec.decimalFloor(n));
}

function abs(input: unknown): NumberResult {
  const n = toNumber(input);
  return isInteger(n) ? Math.abs(n) : numberResult(dec.decimalAbs(n));
}

function atLeast(input: unknown, minimum: unknown): NumberResult {
  const n = toNumber(input);
  const min = toNumber(minimum);
  return numberResult(compareNumbers(min, n) > 0 ? min : n);
}

function atMost(input: unknown, maximum: unknown): NumberResult {
  const n = toNumber(input);
  const max = toNumber(maximum);
  return numberResult(compareNumbers(max, n) < 0 ? max : n);
}

export const mathFilters: FilterTable = {
  plus,
  minus,
  times,
  divided_by: dividedBy,
  modulo,
  round,
  ceil,
  floor,
  abs,
  at_least: atLeast,
  at_most: atMost,
};
