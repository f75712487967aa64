import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { closingIndex, isListOpen, listItemIndexes } from '../kramdown/list-items.js';

interface ItemShape {
  firstIsParagraph: boolean;
  blankAfterFirst: boolean;
  onlyChild: boolean;
}

function itemShape(tokens: readonly Token[], itemIndex: number, nextItem: Token | undefined): ItemShape {
  const first = tokens[itemIndex + 1];
  if (first.type !== 'paragraph_open') return { firstIsParagraph: false, blankAfterFirst: false, onlyChild: false };
  const paragraphEnd = first.map ? first.map[1] : 0;
  const afterParagraph = tokens[itemIndex + 4];
  const onlyChild = afterParagraph.type === 'list_item_close';
  const follower = onlyChild ? nextItem : afterParagraph;
  const blankAfterFirst = follower?.map != null && follower.map[0] > paragraphEnd;
  return { firstIsParagraph: true, blankAfterFirst, onlyChild };
}

function setItemParagraphs(tokens: Token[], itemIndex: number, firstHidden: boolean): void {
  const itemEnd = closingIndex(tokens, itemIndex);
  const paragraphLevel = tokens[itemIndex].level + 1;
  let first = true;
  for (let i = itemIndex + 1; i < itemEnd; i++) {
    const token = tokens[i];
    if ((token.type !== 'paragraph_open' && token.type !== 'paragraph_close') || token.level !== paragraphLevel) continue;
    token.hidden = first && firstHidden;
    if (token.type === 'paragraph_close') first = false;
  }
}

/** kramdown decides `<p>` per list item (§6.7, D31), not per list. */
export function listParagraphs(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!isListOpen(tokens[i])) continue;
    const items = listItemIndexes(tokens, i);
    let earlierItemAllowsBare = false;
    items.forEach((itemIndex, position) => {
      const isLast = position === items.length - 1;
      const shape = itemShape(tokens, itemIndex, tokens[items[position + 1]]);
      const followedRight = !shape.blankAfterFirst || (isLast && shape.onlyChild);
      const positionAllows = !isLast || items.length === 1 || earlierItemAllowsBare;
      const bare = shape.firstIsParagraph && followedRight && positionAllows;
      setItemParagraphs(tokens, itemIndex, bare);
      if (!shape.firstIsParagraph || bare) earlierItemAllowsBare = true;
    });
  }
}
