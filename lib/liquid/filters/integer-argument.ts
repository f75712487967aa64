/** Liquid's `Utils.to_integer`, used for counts and offsets given to filters. */
import { RubyFloat } from '../../values/float.js';
import { liquidValue } from '../ruby/kinds.js';
import { toS } from '../ruby/to-s.js';

const INTEGER_TEXT = /^[\t\n\v\f\r ]*[+-]?\d+(?:_\d+)*[\t\n\v\f\r ]*$/;

export function toInteger(value: unknown): number {
  const v = liquidValue(value);
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  const text = v instanceof RubyFloat ? toS(v) : toS(v);
  if (!INTEGER_TEXT.test(text)) throw new Error('invalid integer');
  return Number(text.trim().replaceAll('_', ''));
}
