import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import { definedFootnotes } from '../kramdown/footnote-env.js';

const REFERENCE = /^\[\^(\w[\w-]*)\]/;

/** `[^name]` referring to a defined footnote; numbering happens in the footnotes core rule. */
export function footnoteReference(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b || state.src.charCodeAt(state.pos + 1) !== 0x5e) return false;
  const match = REFERENCE.exec(state.src.slice(state.pos, Math.min(state.posMax, state.pos + 128)));
  if (!match || !definedFootnotes(state.env).has(match[1])) return false;
  if (!silent) {
    const token = state.push('kd_footnote_ref', '', 0);
    token.meta = { label: match[1], number: 0, occurrence: 0 };
  }
  state.pos += match[0].length;
  return true;
}
