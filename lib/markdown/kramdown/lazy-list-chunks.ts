import type Token from 'markdown-it/lib/token.mjs';
import { closingIndex, isListOpen } from './list-items.js';

/** The marker column the list rule recorded on a list or item, or -1. */
export function markerColumn(token: Token): number {
  const column = token.meta?.kdMarkerColumn;
  return typeof column === 'number' ? column : -1;
}

/**
 * kramdown item content: a list start indented to the item's content column (up to three more)
 * begins a new part of the item, parsed on its own (parse_list's `nested_list_found`).
 */
export function startsItemPart(token: Token, contentColumn: number): boolean {
  const column = markerColumn(token);
  return column >= contentColumn && column <= contentColumn + 3;
}

/** Marks a list as a part of its own, so that the list-continuation rule leaves it beside the list above. */
export function markItemPart(open: Token): void {
  open.meta = { ...(open.meta ?? {}), kdItemPart: true };
}

export function isItemPart(open: Token): boolean {
  return open.meta?.kdItemPart === true;
}

/** Index in `list` (a list's tokens, open to close) of the first item or nested list that starts a new part, or -1. */
function findPartStart(list: readonly Token[], contentColumn: number): number {
  const base = list[0].level;
  for (let i = 1; i < list.length - 1; i++) {
    const token = list[i];
    const isItem = token.type === 'list_item_open' && token.level === base + 1;
    const isNestedList = isListOpen(token) && token.level === base + 2;
    if ((isItem || isNestedList) && startsItemPart(token, contentColumn)) return i;
  }
  return -1;
}

function listBoundary(list: readonly Token[], from: Token, nesting: 1 | -1): Token {
  const open = list[0];
  const token = new (open.constructor as typeof Token)(nesting === 1 ? open.type : open.type.replace('_open', '_close'), open.tag, nesting);
  token.level = open.level;
  token.block = true;
  token.markup = open.markup;
  if (nesting === 1) token.map = from.map;
  return token;
}

/**
 * `1. a` / `  - b` (a lazy line) / `    1. c`: kramdown keeps `- b` as the item's first part and
 * parses `1. c`, indented to the item's content, as a second part, so the two lists become
 * siblings. Rearranges the lazily written list's tokens into those parts, in place.
 */
export function splitLazyList(list: Token[], contentColumn: number): void {
  const start = findPartStart(list, contentColumn);
  if (start < 0) return;
  const token = list[start];
  if (isListOpen(token)) {
    const part = list.splice(start, closingIndex(list, start) - start + 1);
    for (const moved of part) moved.level -= 2;
    markItemPart(part[0]);
    list.push(...part);
    return;
  }
  const items = list.splice(start, list.length - 1 - start);
  const open = listBoundary(list, token, 1);
  markItemPart(open);
  list.push(open, ...items, listBoundary(list, token, -1));
}
