/** A key under which Ruby's `eql?`/`hash` would treat two values as the same (for uniq, group_by_exp). */
import { inspect } from '../ruby/inspect.js';
import { isHash, isNil, liquidValue } from '../ruby/kinds.js';
import { RubyFloat } from '../../values/float.js';

export function identityKey(value: unknown): unknown {
  const v = liquidValue(value);
  if (isNil(v)) return 'nil';
  if (typeof v !== 'object' || Array.isArray(v) || isHash(v) || v instanceof RubyFloat) {
    return `${typeof v}:${inspect(v)}`;
  }
  return v;
}
