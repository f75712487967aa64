/** Jekyll's push, pop, shift, unshift and sample: new arrays, inputs that are not arrays pass through. */
import { liquidValue } from '../ruby/kinds.js';
import type { FilterTable } from './filter-table.js';
import { toInteger } from './integer-argument.js';

function withArray(input: unknown, change: (copy: unknown[]) => void): unknown {
  const v = liquidValue(input);
  if (!Array.isArray(v)) return input;
  const copy = [...v];
  change(copy);
  return copy;
}

function countArgument(n: unknown): number {
  const count = toInteger(n);
  if (count < 0) throw new Error('negative array size');
  return count;
}

function sample(input: unknown, n: unknown = 1): unknown {
  const v = liquidValue(input);
  if (!Array.isArray(v)) return input;
  let count = 1;
  try {
    count = toInteger(n);
  } catch {
    count = 1;
  }
  const shuffled = [...v];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return count === 1 ? shuffled[0] : shuffled.slice(0, Math.max(0, count));
}

export const arrayCopyFilters: FilterTable = {
  push: (input: unknown, item: unknown) => withArray(input, (a) => a.push(item)),
  unshift: (input: unknown, item: unknown) => withArray(input, (a) => a.unshift(item)),
  pop: (input: unknown, n: unknown = 1) => withArray(input, (a) => a.splice(Math.max(0, a.length - countArgument(n)))),
  shift: (input: unknown, n: unknown = 1) => withArray(input, (a) => a.splice(0, countArgument(n))),
  sample,
};
