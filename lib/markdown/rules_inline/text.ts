import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/**
 * markdown-it's terminator set plus the characters kramdown's own span rules start at: quotes (smart quotes), `.`
 * and `>` (typographic symbols). Found with a regular expression: the text rule passes over every character of a
 * page's text, and the regexp engine's scan is fast from a build's first page on, where a loop in JavaScript runs
 * slowly until V8 has compiled it.
 */
const TERMINATOR = /[\n!"#$%&'*+\-.:<=>@[\\\]^_`{}~]/g;

export function kramdownText(state: StateInline, silent: boolean): boolean {
  TERMINATOR.lastIndex = state.pos;
  const found = TERMINATOR.exec(state.src);
  const pos = found === null || found.index > state.posMax ? state.posMax : found.index;
  if (pos === state.pos) return false;
  if (!silent) state.pending += state.src.slice(state.pos, pos);
  state.pos = pos;
  return true;
}
