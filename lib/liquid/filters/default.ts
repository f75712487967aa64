/** Liquid's `default`: replaces nil, false and empty strings, arrays and hashes. */
import { hashSize, isHash, isNil, liquidValue } from '../ruby/kinds.js';
import type { FilterTable } from './filter-table.js';

type KeywordArgument = [string, unknown];

function isKeywordArgument(arg: unknown, name: string): arg is KeywordArgument {
  return Array.isArray(arg) && arg.length === 2 && arg[0] === name;
}

function isEmpty(v: unknown): boolean {
  if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
  return isHash(v) && hashSize(v) === 0;
}

function defaultFilter(input: unknown, fallback: unknown = '', ...options: unknown[]): unknown {
  const allowFalse = options.some((o) => isKeywordArgument(o, 'allow_false') && liquidValue(o[1]) !== false && !isNil(liquidValue(o[1])));
  const v = liquidValue(input);
  const missing = allowFalse ? isNil(v) : isNil(v) || v === false;
  return missing || isEmpty(v) ? fallback : input;
}

export const defaultFilters: FilterTable = { default: defaultFilter };
