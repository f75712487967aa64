/**
 * Liquid 5.4's condition operators (`Liquid::Condition`), for liquidjs's `operators` option.
 * `and`/`or` share one precedence in liquidjs, so they already group from the right as Liquid does.
 */
import type { Operators } from 'liquidjs';
import { RubyFloat } from '../values/float.js';
import { isTimeLike } from './ruby/kinds.js';
import { rubyCompare, rubyEquals } from './ruby/compare.js';
import { inspect } from './ruby/inspect.js';
import { hashHasKey, isHash, isTruthy, liquidValue, rubyClassName } from './ruby/kinds.js';
import { toS } from './ruby/to-s.js';
import { literalDropKind } from './ruby/literals.js';

/** `x == empty` asks `x.empty?`; `== blank` asks `blank?`, which Jekyll's plain Ruby values lack. */
function equalVariables(left: unknown, right: unknown): boolean {
  const leftLiteral = literalDropKind(left);
  if (leftLiteral === 'empty' || leftLiteral === 'blank') return answersMethod(leftLiteral, right);
  const rightLiteral = literalDropKind(right);
  if (rightLiteral === 'empty' || rightLiteral === 'blank') return answersMethod(rightLiteral, left);
  return rubyEquals(left, right);
}

function answersMethod(method: 'empty' | 'blank', value: unknown): boolean {
  if (method === 'blank' || literalDropKind(value) !== null) return false;
  const v = liquidValue(value);
  if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
  if (v instanceof Map) return v.size === 0;
  if (isHash(v)) return Object.keys(v).length === 0;
  return false;
}

/** Values that Ruby can order with `<`: numbers, strings and times. */
function isOrderable(v: unknown): boolean {
  return typeof v === 'number' || v instanceof RubyFloat || typeof v === 'string' || isTimeLike(v);
}

function orderingError(left: unknown, right: unknown): Error {
  const described = typeof left === 'number' || left instanceof RubyFloat ? rubyClassName(right) : inspect(right);
  return new Error(`comparison of ${rubyClassName(left)} with ${described} failed`);
}

function compareWith(test: (order: number) => boolean) {
  return (l: unknown, r: unknown): boolean => {
    const left = liquidValue(l);
    const right = liquidValue(r);
    if (!isOrderable(left) || !isOrderable(right)) return false;
    const order = rubyCompare(left, right);
    if (order === null) throw orderingError(left, right);
    return test(order);
  };
}

function contains(l: unknown, r: unknown): boolean {
  const left = liquidValue(l);
  const right = liquidValue(r);
  if (!isTruthy(left) || !isTruthy(right)) return false;
  if (typeof left === 'string') return left.includes(toS(right));
  if (Array.isArray(left)) return left.some((item) => rubyEquals(item, right));
  if (isHash(left)) return hashHasKey(left, right);
  return false;
}

export const jekyllOperators: Operators = {
  '==': (l: unknown, r: unknown) => equalVariables(l, r),
  '!=': (l: unknown, r: unknown) => !equalVariables(l, r),
  '<>': (l: unknown, r: unknown) => !equalVariables(l, r),
  '<': compareWith((order) => order < 0),
  '>': compareWith((order) => order > 0),
  '<=': compareWith((order) => order <= 0),
  '>=': compareWith((order) => order >= 0),
  contains,
  and: (l: unknown, r: unknown) => isTruthy(l) && isTruthy(r),
  or: (l: unknown, r: unknown) => isTruthy(l) || isTruthy(r),
};
