import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';

const HEADER_ID_SUFFIX = /[\t ]+\{#([A-Za-z_:][\w.:-]*)\}$/;

/** `## Title {#id}` (D02): strips the marker from the text and sets the id. */
export function explicitHeaderId(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].type !== 'heading_open') continue;
    const inline = tokens[i + 1];
    const match = HEADER_ID_SUFFIX.exec(inline.content);
    if (!match) continue;
    inline.content = inline.content.slice(0, match.index);
    tokens[i].attrSet('id', match[1]);
  }
}
