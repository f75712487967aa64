import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/** Only these lose their backslash in kramdown-parser-gfm (D38); `\@`, `\a`, `\%` stay as written. */
const ESCAPABLE = new Set('\\.*_+<>()[]{}#!:|"\'$=-~`'.split(''));

/** `\\` or `\\\\` at the end of a line is a line break (kramdown `LINE_BREAK`, GFM `\\\n`). */
function lineBreak(state: StateInline, after: number, silent: boolean): boolean {
  if (!silent) state.push('hardbreak', 'br', 0);
  let pos = after;
  while (pos < state.posMax && (state.src[pos] === ' ' || state.src[pos] === '\t')) pos++;
  state.pos = pos;
  return true;
}

export function kramdownEscape(state: StateInline, silent: boolean): boolean {
  const pos = state.pos;
  if (state.src.charCodeAt(pos) !== 0x5c || pos + 1 >= state.posMax) return false;
  const next = state.src[pos + 1];
  if (next === '\n') return lineBreak(state, pos + 2, silent);
  if (next === '\\' && state.src[pos + 2] === '\n') return lineBreak(state, pos + 3, silent);
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
