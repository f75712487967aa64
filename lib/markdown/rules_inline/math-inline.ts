import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/** `$$…$$` inside a paragraph (kramdown inline math). A single `$` is not math. */
export function mathInline(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x24 || state.src.charCodeAt(start + 1) !== 0x24) return false;
  const end = state.src.indexOf('$$', start + 2);
  if (end < 0 || end + 2 > state.posMax || end === start + 2) return false;
  if (!silent) {
    const token = state.push('kd_math_inline', 'math', 0);
    token.content = state.src.slice(start + 2, end);
    token.markup = '$$';
  }
  state.pos = end + 2;
  return true;
}
