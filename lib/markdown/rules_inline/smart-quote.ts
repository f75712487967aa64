import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import { createQuoteRules, matchSmartQuote } from '../kramdown/smart-quotes.js';

/** Characters that start another kramdown span parser, so kramdown never sees them before a quote. */
const SPAN_STARTERS = new Set(['*', '_', '`', '<', '[', '&', '$', '\\']);

/** Whether kramdown's `[^\\]?["']` scanner would include the character before the quote. */
function seesPrecedingCharacter(state: StateInline): boolean {
  if (state.pending.length > 0) {
    return !SPAN_STARTERS.has(state.pending[state.pending.length - 1]);
  }
  const last = state.tokens[state.tokens.length - 1];
  return last !== undefined && (last.type === 'softbreak' || last.type === 'hardbreak');
}

export function createSmartQuoteRule(quotes: readonly [string, string, string, string]) {
  const rules = createQuoteRules();
  return function kramdownSmartQuote(state: StateInline, silent: boolean): boolean {
    const ch = state.src.charCodeAt(state.pos);
    if (ch !== 0x22 && ch !== 0x27) return false;
    const start = seesPrecedingCharacter(state) && state.pos > 0 ? state.pos - 1 : state.pos;
    const match = matchSmartQuote(rules, state.src, start, state.pos, quotes);
    if (match === null) return false;
    if (!silent) {
      const token = state.push('text_special', '', 0);
      token.content = match.text;
      token.info = 'smart_quote';
    }
    state.pos += match.consumed;
    return true;
  };
}
