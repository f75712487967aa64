import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type { BlockRule } from '../rule-lookup.js';

const PAREN_MARKER = /^\d{1,9}\)/;
const KRAMDOWN_LIST_START = /^(?:[+*-]|\d+\.)[\t ]/;

function lineStart(state: StateBlock, line: number): number {
  return state.bMarks[line] + state.tShift[line];
}

/**
 * kramdown-parser-gfm ends a paragraph at any `LIST_START` line: any bullet, any
 * number (`2024. was a year`, D33), even an empty item.
 */
function interruptsParagraph(state: StateBlock, line: number): boolean {
  if (state.sCount[line] - state.blkIndent >= 4) return false;
  const start = lineStart(state, line);
  return KRAMDOWN_LIST_START.test(state.src.slice(start, Math.min(start + 12, state.eMarks[line]) + 1));
}

/** Columns of an item's marker and of its content the way kramdown counts them (every space after the marker). */
function itemColumns(state: StateBlock, line: number): { marker: number; content: number } {
  const start = lineStart(state, line);
  const max = state.eMarks[line];
  let pos = start;
  while (pos < max && state.src.charCodeAt(pos) >= 0x30 && state.src.charCodeAt(pos) <= 0x39) pos++;
  pos++;
  const markerEnd = pos;
  while (pos < max && (state.src.charCodeAt(pos) === 0x20 || state.src.charCodeAt(pos) === 0x09)) pos++;
  const marker = state.sCount[line];
  return { marker, content: marker + (markerEnd - start) + Math.max(pos - markerEnd, 1) };
}

/**
 * Records on the list and its items the columns the list-continuation rule compares
 * (kramdown decides by indentation where a lazily written list ends).
 */
function recordColumns(state: StateBlock, from: number): void {
  const list = state.tokens[from];
  for (let i = from + 1; i < state.tokens.length; i++) {
    const token = state.tokens[i];
    if (token.type !== 'list_item_open' || token.level !== list.level + 1 || token.map === null) continue;
    const columns = itemColumns(state, token.map[0]);
    token.meta = { ...(token.meta ?? {}), kdMarkerColumn: columns.marker, kdContentColumn: columns.content };
  }
  if (list.map !== null) list.meta = { ...(list.meta ?? {}), kdMarkerColumn: state.sCount[list.map[0]] };
}

/** kramdown has no `1)` list marker (D30): such lines stay paragraph text. */
export function createKramdownList(builtinList: BlockRule): BlockRule {
  return function kramdownList(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
    const start = lineStart(state, startLine);
    const ch = state.src.charCodeAt(start);
    if (ch >= 0x30 && ch <= 0x39 && PAREN_MARKER.test(state.src.slice(start, start + 11))) return false;
    if (silent && state.parentType === 'paragraph' && interruptsParagraph(state, startLine)) return true;
    const from = state.tokens.length;
    if (!builtinList(state, startLine, endLine, silent)) return false;
    if (!silent) recordColumns(state, from);
    return true;
  };
}
