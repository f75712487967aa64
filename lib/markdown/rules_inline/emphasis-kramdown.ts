import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import type { InlineRule } from '../rule-lookup.js';

/** kramdown's `pre_match =~ /[[:alpha:]]-?[[:alpha:]]*\z/`: `_` right after a word (or a word and `-`) is text. */
const AFTER_WORD = /\p{L}-?\p{L}*$/u;
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * markdown-it's emphasis delimiters, with kramdown's rules for `_` on top: it opens nothing right after a letter
 * or after a letter and a hyphen (`latest-_codename_`), and closes nothing right before a letter or digit.
 */
export function kramdownEmphasisDelimiters(emphasis: InlineRule): InlineRule {
  return (state: StateInline, silent: boolean): boolean => {
    const start = state.pos;
    const before = state.delimiters.length;
    if (!emphasis(state, silent)) return false;
    if (state.src.charCodeAt(start) !== 0x5f) return true;
    const opens = !AFTER_WORD.test(state.src.slice(Math.max(0, start - 64), start));
    const closes = !ALNUM.test(state.src.charAt(state.pos));
    for (let i = before; i < state.delimiters.length; i++) {
      const delimiter = state.delimiters[i];
      delimiter.open = delimiter.open && opens;
      delimiter.close = delimiter.close && closes;
    }
    return true;
  };
}

/** kramdown opens no emphasis inside one of the same kind (`_*(number)*_`): the inner one's markers are text. */
export function noNestedEmphasis(state: StateInline): boolean {
  if (!state.src.includes('*') && !state.src.includes('_')) return false;
  const tokens = state.tokens;
  const open = { em_open: 0, strong_open: 0 };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'em_open' || token.type === 'strong_open') {
      if (open[token.type] > 0) writeAsText(token, tokens[partnerClose(tokens, i)]);
      else open[token.type]++;
    } else if (token.type === 'em_close' || token.type === 'strong_close') {
      open[token.type === 'em_close' ? 'em_open' : 'strong_open']--;
    }
  }
  return false;
}

function partnerClose(tokens: readonly Token[], openIndex: number): number {
  const closeType = tokens[openIndex].type.replace('_open', '_close');
  const level = tokens[openIndex].level;
  for (let i = openIndex + 1; i < tokens.length; i++) {
    if (tokens[i].type === closeType && tokens[i].level === level) return i;
  }
  return -1;
}

function writeAsText(...tokens: Array<Token | undefined>): void {
  for (const token of tokens) {
    if (token === undefined) continue;
    token.type = 'text';
    token.tag = '';
    token.nesting = 0;
    token.content = token.markup;
  }
}
