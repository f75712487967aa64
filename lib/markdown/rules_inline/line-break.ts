import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/**
 * A line break in a paragraph as kramdown keeps it: two spaces before it make `<br />` (other trailing spaces
 * stay), and the next line keeps the white space it starts with.
 */
export function kramdownLineBreak(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x0a) return false;
  if (!silent) {
    if (state.pending.endsWith('  ')) {
      state.pending = state.pending.slice(0, -2);
      state.push('hardbreak', 'br', 0);
    } else {
      state.push('softbreak', 'br', 0);
    }
  }
  state.pos += 1;
  return true;
}
