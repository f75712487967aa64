import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

/** The line's text after its indentation. */
export function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
}

/**
 * kramdown `after_block_boundary?`: the block starts a document or container,
 * follows a blank line, or follows a block IAL line.
 */
export function isAfterBlockBoundary(state: StateBlock, startLine: number): boolean {
  if (startLine === 0 || state.tokens.length === 0) return true;
  const previous = state.tokens[state.tokens.length - 1];
  if (previous.nesting === 1 || previous.type === 'kd_ial') return true;
  return state.isEmpty(startLine - 1);
}

/**
 * kramdown `before_block_boundary?`: the block is followed by a blank line,
 * an end-of-block `^` line, a block IAL line, or the end of its container.
 */
export function isBeforeBlockBoundary(state: StateBlock, line: number, endLine: number): boolean {
  if (line >= endLine || state.isEmpty(line) || state.sCount[line] < state.blkIndent) return true;
  const text = lineText(state, line);
  if (text.charCodeAt(0) === 0x5e && text.slice(1).trim() === '') return true;
  if (text.startsWith('{:') && !text.startsWith('{::') && !text.startsWith('{:/')) return true;
  return beginsItemPart(state, line);
}

/** kramdown `LIST_START` (a marker, then a space or tab). */
const LIST_START = /^(?:[*+-]|\d+\.)[\t ]/;

/**
 * kramdown's `parse_list` gives an item's text to the block parser in parts: the first nested list start, before
 * any blank line, begins a new part, so the block above it ends its part (`* a | b` above `  * c` is a table).
 */
export function beginsItemPart(state: StateBlock, line: number): boolean {
  if (state.parentType !== 'list' || !LIST_START.test(lineText(state, line))) return false;
  const itemStart = currentItemStart(state);
  if (itemStart < 0 || LIST_START.test(itemText(state, itemStart))) return false;
  for (let between = itemStart + 1; between < line; between++) {
    if (state.isEmpty(between) || LIST_START.test(lineText(state, between))) return false;
  }
  return true;
}

function currentItemStart(state: StateBlock): number {
  for (let i = state.tokens.length - 1; i >= 0; i--) {
    const token = state.tokens[i];
    if (token.type === 'list_item_open' && token.level === state.level - 1) return token.map?.[0] ?? -1;
  }
  return -1;
}

/** The text of an item's first line after its marker. */
function itemText(state: StateBlock, itemStart: number): string {
  return lineText(state, itemStart).replace(/^(?:[*+-]|\d+\.)[\t ]*/, '');
}
