import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import { backtickRunLength, codeSpanEnd } from '../kramdown/code-span.js';

/**
 * kramdown's code spans (`parse_codespan`): closed by the next run of as many backticks, even inside a longer one;
 * the code keeps its line breaks, and only a span of two or more backticks loses one space at each end. A single
 * backtick between white space, or a run that is never closed, is text.
 */
export function kramdownCodeSpan(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== 0x60) return false;
  const run = backtickRunLength(src, pos);
  const end = codeSpanEnd(src, pos, run);
  if (end < 0 || end > state.posMax) {
    if (!silent) state.pending += src.slice(pos, pos + run);
    state.pos = pos + run;
    return true;
  }
  if (!silent) {
    const token = state.push('code_inline', 'code', 0);
    token.markup = src.slice(pos, pos + run);
    token.content = run === 1 ? src.slice(pos + 1, end - 1) : trimOneSpace(src.slice(pos + run, end - run));
  }
  state.pos = end;
  return true;
}

function trimOneSpace(code: string): string {
  const start = code.startsWith(' ') ? code.slice(1) : code;
  return start.endsWith(' ') ? start.slice(0, -1) : start;
}
