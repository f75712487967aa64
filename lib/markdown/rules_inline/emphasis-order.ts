import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';

function partnerClose(tokens: readonly Token[], openIndex: number, type: string): number {
  const level = tokens[openIndex].level;
  for (let i = openIndex + 1; i < tokens.length; i++) {
    if (tokens[i].type === type && tokens[i].level === level) return i;
  }
  return -1;
}

/** Index of the next token after `index` that is not an empty leftover delimiter. */
function nextMeaningful(tokens: readonly Token[], index: number): number {
  let i = index + 1;
  while (i < tokens.length && tokens[i].type === 'text' && tokens[i].content === '') i++;
  return i;
}

function swapTags(a: Token, b: Token): void {
  const { type, tag, markup } = a;
  a.type = b.type; a.tag = b.tag; a.markup = b.markup;
  b.type = type; b.tag = tag; b.markup = markup;
}

/** `***x***` is `<strong><em>` in kramdown (D35): swap em/strong opened by one run of the same character. */
export function emphasisOrder(state: StateInline): boolean {
  const tokens = state.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const outer = tokens[i];
    if (outer.type !== 'em_open') continue;
    const innerIndex = nextMeaningful(tokens, i);
    const inner = tokens[innerIndex];
    if (inner?.type !== 'strong_open' || inner.markup[0] !== outer.markup) continue;
    const innerClose = partnerClose(tokens, innerIndex, 'strong_close');
    if (innerClose < 0) continue;
    const outerClose = nextMeaningful(tokens, innerClose);
    if (tokens[outerClose]?.type !== 'em_close') continue;
    swapTags(outer, inner);
    swapTags(tokens[innerClose], tokens[outerClose]);
  }
  return false;
}
