import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/** kramdown's `AUTOLINK_START`: a mailto, http(s) or ftp(s) url, or an address of letters, digits, `-`, `_`, `.`. */
const AUTOLINK = /<((mailto|https?|ftps?):.+?|[\p{L}\p{N}\-_.]+?@[\p{L}\p{N}\-_.]+?)>/uy;

/** kramdown's autolinks: only those schemes (`<irc://…>` is text) and no `+` in an address. */
export function kramdownAutolink(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3c) return false;
  // Most `<` start a tag: without `:` or `@` before the next `>` there is no autolink to try.
  const end = state.src.indexOf('>', state.pos);
  if (end < 0 || end >= state.posMax || !/[:@]/.test(state.src.slice(state.pos, end))) return false;
  AUTOLINK.lastIndex = state.pos;
  const match = AUTOLINK.exec(state.src);
  if (match === null || AUTOLINK.lastIndex > state.posMax) return false;
  if (!silent) {
    const href = match[2] === undefined ? `mailto:${match[1]}` : match[1];
    const open = state.push('link_open', 'a', 1);
    open.attrs = [['href', href]];
    open.markup = 'autolink';
    open.info = 'auto';
    state.push('text', '', 0).content = match[1].replace(/^mailto:/, '');
    const close = state.push('link_close', 'a', -1);
    close.markup = 'autolink';
    close.info = 'auto';
  }
  state.pos = AUTOLINK.lastIndex;
  return true;
}
