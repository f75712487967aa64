/** Jekyll's `item_property` and `parse_sort_input`, shared by where, find, group_by and sort. */
import { makeFloat } from '../../values/float.js';
import { readPropertyPath } from '../ruby/property.js';
import { toS } from '../ruby/to-s.js';

// Ruby's \s is ASCII whitespace only: a no-break space before a number leaves it a string.
const INTEGER_LIKE = /^[ \t\r\n\f\v]*-?\d+[ \t\r\n\f\v]*$/;
const FLOAT_LIKE = /^[ \t\r\n\f\v]*-?(?:\d+\.?\d*|\.\d+)[ \t\r\n\f\v]*$/;

/** Numeric-looking values become numbers, so that "10" sorts after "9". */
export function parseSortInput(value: unknown): unknown {
  if (typeof value === 'string' && !mayBeNumeric(value)) return value;
  const text = toS(value);
  if (INTEGER_LIKE.test(text)) return Number(text);
  if (FLOAT_LIKE.test(text)) return makeFloat(Number(text));
  return value;
}

/** Whether a string could match INTEGER_LIKE or FLOAT_LIKE: it starts with a digit, a minus, a point or whitespace. */
function mayBeNumeric(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 32 || (c >= 9 && c <= 13);
}

/** `item_property(item, property)` for each item of a list: the property's name is worked out once. */
export function itemPropertyReader(property: unknown): (item: unknown) => unknown {
  const path = toS(property);
  return (item) => parseSortInput(readPropertyPath(item, path));
}
