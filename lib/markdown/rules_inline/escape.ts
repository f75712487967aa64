import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/** Only these lose their backslash in kramdown-parser-gfm (D38); `\@`, `\a`, `\%` stay as written. */
const ESCAPABLE = new Set('\\.*_+<>()[]{}#!:|"\'$=-~`'.split(''));

export function kramdownEscape(state: StateInline, silent: boolean): boolean {
  const pos = state.pos;
  if (state.src.charCodeAt(pos) !== 0x5c || pos + 1 >= state.posMax) return false;
  const next = state.src[pos + 1];
  if (next === '\n') {
    if (!silent) state.push('hardbreak', 'br', 0);
    let after = pos + 2;
    while (after < state.posMax && (state.src[after] === ' ' || state.src[after] === '\t')) after++;
    state.pos = after;
    return true;
  }
  if (!ESCAPABLE.has(next)) return false;
  if (!silent) {
    const token = state.push('text_special', '', 0);
    token.content = next;
    token.markup = '\\' + next;
    token.info = 'escape';
  }
  state.pos = pos + 2;
  return true;
}
