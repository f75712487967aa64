import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { closingIndex, isListOpen } from '../kramdown/list-items.js';
import { isItemPart, markItemPart, splitLazyList, startsItemPart } from '../kramdown/lazy-list-chunks.js';

function isListClose(token: Token): boolean {
  return token.type === 'bullet_list_close' || token.type === 'ordered_list_close';
}

/** Last source line (exclusive) covered by a block inside the list that closes at `closeIndex`. */
function lastContentLine(tokens: readonly Token[], closeIndex: number): number {
  for (let i = closeIndex - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token.map !== null && token.type !== 'list_item_open' && token.nesting !== -1) return token.map[1];
  }
  return -1;
}

/** `- a` then `* b`: one list, the way kramdown accepts any bullet for the next item (D32). */
function mergeLists(tokens: Token[], closeIndex: number): void {
  const close = tokens[closeIndex];
  const nextClose = closingIndex(tokens, closeIndex + 1);
  tokens[nextClose].type = close.type;
  tokens[nextClose].tag = close.tag;
  tokens.splice(closeIndex, 2);
}

/** Index of the first item of the list opened at `openIndex` that follows a blank line, or -1. */
function firstItemAfterBlank(tokens: readonly Token[], openIndex: number, closeIndex: number): number {
  const itemLevel = tokens[openIndex].level + 1;
  let previousEnd = -1;
  for (let i = openIndex + 1; i < closeIndex; i++) {
    const token = tokens[i];
    if (token.type !== 'list_item_open' || token.level !== itemLevel) continue;
    if (previousEnd >= 0 && token.map !== null && token.map[0] > previousEnd) return i;
    previousEnd = lastContentLine(tokens, closingIndex(tokens, i));
  }
  return -1;
}

/** Splits the list opened at `openIndex` before item `itemIndex` into two lists of the same kind. */
function splitList(state: StateCore, openIndex: number, itemIndex: number): void {
  const open = state.tokens[openIndex];
  const close = new state.Token(open.type.replace('_open', '_close'), open.tag, -1);
  close.level = open.level;
  close.block = true;
  const reopened = new state.Token(open.type, open.tag, 1);
  reopened.level = open.level;
  reopened.block = true;
  reopened.map = state.tokens[itemIndex].map;
  state.tokens.splice(itemIndex, 0, close, reopened);
}

/**
 * `1. a` then `- b` on the next line: kramdown reads `- b` as a lazy line of item `a`
 * that starts a nested list, up to the first blank line; those items move into the
 * first list's last item.
 */
function nestList(state: StateCore, closeIndex: number): void {
  const tokens = state.tokens;
  const blankItem = firstItemAfterBlank(tokens, closeIndex + 1, closingIndex(tokens, closeIndex + 1));
  if (blankItem >= 0) splitList(state, closeIndex + 1, blankItem);
  const nextClose = closingIndex(tokens, closeIndex + 1);
  const moved = tokens.splice(closeIndex + 1, nextClose - closeIndex);
  const contentColumn = lastItemContentColumn(tokens, closeIndex);
  if (contentColumn >= 0) splitLazyList(moved, contentColumn);
  for (const token of moved) token.level += 2;
  tokens.splice(closeIndex - 1, 0, ...moved);
  if (contentColumn >= 0) nestFollowingPart(tokens, closeIndex + moved.length, contentColumn);
}

/**
 * The content column of the list's last item (closing at `closeIndex - 1`), or -1 when the item
 * already holds a list: then kramdown starts no new part of the item.
 */
function lastItemContentColumn(tokens: readonly Token[], closeIndex: number): number {
  const itemLevel = tokens[closeIndex].level + 1;
  for (let i = closeIndex - 2; i >= 0; i--) {
    const token = tokens[i];
    if (isListOpen(token)) return -1;
    if (token.type === 'list_item_open' && token.level === itemLevel) {
      const column = token.meta?.kdContentColumn;
      return typeof column === 'number' ? column : -1;
    }
  }
  return -1;
}

/** After the lazily written list, a list starting right below at the item's content column is the item's next part. */
function nestFollowingPart(tokens: Token[], closeIndex: number, contentColumn: number): void {
  const next = tokens[closeIndex + 1];
  if (next === undefined || !isListOpen(next) || next.level !== tokens[closeIndex].level) return;
  if (!startsItemPart(next, contentColumn) || !startsDirectlyBelow(tokens, closeIndex, closeIndex + 1)) return;
  const moved = tokens.splice(closeIndex + 1, closingIndex(tokens, closeIndex + 1) - closeIndex);
  for (const token of moved) token.level += 2;
  markItemPart(moved[0]);
  tokens.splice(closeIndex - 1, 0, ...moved);
}

/** Whether the list opened at `openIndex` starts right below the previous one, without a blank line. */
function startsDirectlyBelow(tokens: readonly Token[], closeIndex: number, openIndex: number): boolean {
  const map = tokens[openIndex].map;
  return map !== null && map[0] === lastContentLine(tokens, closeIndex);
}

/** kramdown list continuation across a change of marker (D32). */
export function listContinuation(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!isListClose(tokens[i]) || !isListOpen(tokens[i + 1]) || tokens[i].level !== tokens[i + 1].level) continue;
    if (isItemPart(tokens[i + 1])) continue;
    const sameType = tokens[i].type.replace('_close', '') === tokens[i + 1].type.replace('_open', '');
    if (sameType) {
      mergeLists(tokens, i);
      i -= 1;
    } else if (startsDirectlyBelow(tokens, i, i + 1)) {
      nestList(state, i);
      i -= 1;
    }
  }
}
