import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

function isRubySpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/**
 * kramdown's `parse_codespan`: a single backtick at the start of the text or after white space, with white space
 * after it, opens no code span and is written as it is (`` ` `` any).
 */
export function loneBacktick(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== 0x60 || src.charCodeAt(pos + 1) === 0x60) return false;
  if (pos > 0 && !isRubySpace(src.charCodeAt(pos - 1))) return false;
  if (!isRubySpace(src.charCodeAt(pos + 1))) return false;
  if (!silent) state.pending += '`';
  state.pos = pos + 1;
  return true;
}
