/** Liquid's `InputIterator`: how array filters see their input. */
import { hashEntries, isHash, isNil, liquidValue } from '../ruby/kinds.js';

/** Arrays are flattened, a Hash is one item, nil is no items, anything else is one item. */
export function inputItems(input: unknown): unknown[] {
  const v = liquidValue(input);
  if (Array.isArray(v)) return flatten(v);
  if (isNil(v)) return [];
  return [v];
}

function flatten(items: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const item of items) {
    const v = liquidValue(item);
    if (Array.isArray(v)) out.push(...flatten(v));
    else out.push(v);
  }
  return out;
}

/** What Ruby's `Enumerable` methods iterate: arrays as-is, a Hash as `[key, value]` pairs. */
export function enumerableItems(input: unknown): unknown[] | null {
  const v = liquidValue(input);
  if (Array.isArray(v)) return v;
  if (isHash(v)) return hashEntries(v).map(([k, val]) => [k, val]);
  return null;
}

/** Jekyll's filters take a Hash's values (`input = input.values if input.is_a?(Hash)`). */
export function selectableItems(input: unknown): unknown[] | null {
  const v = liquidValue(input);
  if (Array.isArray(v)) return v;
  if (isHash(v)) return hashEntries(v).map(([, val]) => val);
  return null;
}
