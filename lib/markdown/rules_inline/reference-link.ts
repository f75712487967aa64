import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/** kramdown `LINK_INLINE_ID_RE`: the id of a reference link, after any white space (`[text] [id]`, `[text][]`). */
const LINK_ID = /^\s*?\[([^\]]+)?\]/;

interface ReferenceEnv {
  references?: Record<string, { href: string; title: string }>;
}

/**
 * kramdown's reference links: `[text][id]`, `[text] [id]` (white space between is allowed), `[text][]` and `[text]`.
 * When the text is followed by an id that is not defined, nothing is a link and the `[` is text (CommonMark would
 * still try `[text]` on its own). Inline links, `[text](url)`, are left to the next rules.
 */
export function kramdownReferenceLink(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x5b) return false;
  const labelEnd = state.md.helpers.parseLinkLabel(state, start, true);
  if (labelEnd < 0) return false;
  const max = state.posMax;
  const after = labelEnd + 1;
  if (after < max && state.src.charCodeAt(after) === 0x28) return false;
  const id = LINK_ID.exec(state.src.slice(after, max));
  const text = state.src.slice(start + 1, labelEnd);
  const definition = (state.env as ReferenceEnv).references?.[state.md.utils.normalizeReference(id?.[1] ?? text)];
  if (definition === undefined) {
    if (id === null) return false;
    if (!silent) state.pending += '[';
    state.pos = start + 1;
    return true;
  }
  if (!silent) {
    state.pos = start + 1;
    state.posMax = labelEnd;
    const open = state.push('link_open', 'a', 1);
    open.attrs = definition.title ? [['href', definition.href], ['title', definition.title]] : [['href', definition.href]];
    state.md.inline.tokenize(state);
    state.push('link_close', 'a', -1);
  }
  state.pos = after + (id?.[0].length ?? 0);
  state.posMax = max;
  return true;
}
