import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import { applyAttributeList, parseAttributeList } from '../kramdown/attribute-list.js';

const LIST_ITEM_IAL = /^\s*\{:(?!(?:\w[\w-]*)?:|\/)((?:\\\}|[^}])*)\}\s*/;

/** `- {: .cls} text` puts the attributes on the `<li>` (D04). Runs before inline parsing. */
export function listItemIal(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'list_item_open') continue;
    const inline = tokens[i + 2];
    if (tokens[i + 1]?.type !== 'paragraph_open' || inline?.type !== 'inline') continue;
    const match = LIST_ITEM_IAL.exec(inline.content);
    if (!match) continue;
    inline.content = inline.content.slice(match[0].length);
    const attrs = tokens[i].attrs ?? [];
    applyAttributeList(attrs, parseAttributeList(match[1]), new Map());
    tokens[i].attrs = attrs;
  }
}
