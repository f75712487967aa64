/** Jekyll's `item_property` and `parse_sort_input`, shared by where, find, group_by and sort. */
import { makeFloat } from '../../values/float.js';
import { readPropertyPath } from '../ruby/property.js';
import { toS } from '../ruby/to-s.js';

const INTEGER_LIKE = /^\s*-?\d+\s*$/;
const FLOAT_LIKE = /^\s*-?(?:\d+\.?\d*|\.\d+)\s*$/;

/** Numeric-looking values become numbers, so that "10" sorts after "9". */
export function parseSortInput(value: unknown): unknown {
  const text = toS(value);
  if (INTEGER_LIKE.test(text)) return Number(text.trim());
  if (FLOAT_LIKE.test(text)) return makeFloat(Number(text.trim()));
  return value;
}

export function itemProperty(item: unknown, property: unknown): unknown {
  return parseSortInput(readPropertyPath(item, toS(property)));
}
