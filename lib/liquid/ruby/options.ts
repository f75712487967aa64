/** The liquidjs options that make printing and conditions behave as Jekyll 4.3's Liquid 5.4. */
import type { LiquidOptions } from 'liquidjs';
import { jekyllOperators } from '../operators.js';
import { installRubyLiterals } from './literals.js';
import { toS } from './to-s.js';

/**
 * Options to spread into `new Liquid({...})`. Calling it also installs Ruby's reading of
 * number and string literals into liquidjs (see literals.ts).
 */
export function jekyllLiquidOptions(): Partial<LiquidOptions> {
  installRubyLiterals();
  return {
    outputEscape: toS,
    operators: jekyllOperators,
  };
}
