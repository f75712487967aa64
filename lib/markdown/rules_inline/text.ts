import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/**
 * markdown-it's terminator set plus the characters kramdown's own span rules start at:
 * quotes (smart quotes), `.` and `>` (typographic symbols). A table: the text rule tests every character of a
 * page's text, and a lookup is faster there than a switch.
 */
const TERMINATORS = new Uint8Array(128);
for (const ch of '\n!"#$%&\'*+-.:<=>@[\\]^_`{}~') TERMINATORS[ch.charCodeAt(0)] = 1;

function isTerminator(ch: number): boolean {
  return ch < 128 && TERMINATORS[ch] === 1;
}

export function kramdownText(state: StateInline, silent: boolean): boolean {
  let pos = state.pos;
  while (pos < state.posMax && !isTerminator(state.src.charCodeAt(pos))) pos++;
  if (pos === state.pos) return false;
  if (!silent) state.pending += state.src.slice(state.pos, pos);
  state.pos = pos;
  return true;
}
