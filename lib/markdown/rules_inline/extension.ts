import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

const SPAN_EXTENSION = /^\{::(comment|nomarkdown)\}([^]*?)\{:\/(?:\1)?\}/;

/** Span `{::nomarkdown}…{:/}` (raw) and `{::comment}…{:/}` (HTML comment). */
export function spanExtension(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x7b || !state.src.startsWith('{::', state.pos)) return false;
  const match = SPAN_EXTENSION.exec(state.src.slice(state.pos, state.posMax));
  if (!match) return false;
  if (!silent) {
    const token = state.push('kd_raw_html', '', 0);
    token.content = match[1] === 'comment' ? `<!-- ${match[2]} -->` : match[2];
  }
  state.pos += match[0].length;
  return true;
}
