import type Token from 'markdown-it/lib/token.mjs';

/** Index of the token closing the block opened at `openIndex`. */
export function closingIndex(tokens: readonly Token[], openIndex: number): number {
  const open = tokens[openIndex];
  const closeType = open.type.replace(/_open$/, '_close');
  for (let i = openIndex + 1; i < tokens.length; i++) {
    if (tokens[i].type === closeType && tokens[i].level === open.level) return i;
  }
  return tokens.length - 1;
}

/** Indexes of the `list_item_open` tokens of the list opened at `listIndex`. */
export function listItemIndexes(tokens: readonly Token[], listIndex: number): number[] {
  const itemLevel = tokens[listIndex].level + 1;
  const end = closingIndex(tokens, listIndex);
  const items: number[] = [];
  for (let i = listIndex + 1; i < end; i++) {
    if (tokens[i].type === 'list_item_open' && tokens[i].level === itemLevel) items.push(i);
  }
  return items;
}

export function isListOpen(token: Token): boolean {
  return token.type === 'bullet_list_open' || token.type === 'ordered_list_open';
}
