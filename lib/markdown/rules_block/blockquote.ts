import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { startsLazyEndHtml } from '../kramdown/lazy-end.js';

/** Line offsets the quote changes while its content is parsed, restored afterwards. */
interface SavedLine {
  line: number;
  bMark: number;
  tShift: number;
  sCount: number;
  bsCount: number;
}

function saveLine(state: StateBlock, line: number): SavedLine {
  return { line, bMark: state.bMarks[line], tShift: state.tShift[line], sCount: state.sCount[line], bsCount: state.bsCount[line] };
}

function restoreLines(state: StateBlock, saved: readonly SavedLine[]): void {
  for (const entry of saved) {
    state.bMarks[entry.line] = entry.bMark;
    state.tShift[entry.line] = entry.tShift;
    state.sCount[entry.line] = entry.sCount;
    state.bsCount[entry.line] = entry.bsCount;
  }
}

function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** Strips `>` and one optional space (kramdown `BLOCKQUOTE_START`), keeping tab columns right. */
function stripMarker(state: StateBlock, line: number): void {
  let pos = state.bMarks[line] + state.tShift[line] + 1;
  const max = state.eMarks[line];
  let initial = state.sCount[line] + 1;
  let adjustTab = false;
  const after = state.src.charCodeAt(pos);
  const spaceAfterMarker = isSpaceOrTab(after);
  if (after === 0x20 || (after === 0x09 && (state.bsCount[line] + initial) % 4 === 3)) {
    pos++;
    initial++;
  } else if (after === 0x09) {
    adjustTab = true;
  }
  let offset = initial;
  state.bMarks[line] = pos;
  for (; pos < max && isSpaceOrTab(state.src.charCodeAt(pos)); pos++) {
    if (state.src.charCodeAt(pos) === 0x09) offset += 4 - ((offset + state.bsCount[line] + (adjustTab ? 1 : 0)) % 4);
    else offset++;
  }
  state.bsCount[line] = state.sCount[line] + 1 + (spaceAfterMarker ? 1 : 0);
  state.sCount[line] = offset - initial;
  state.tShift[line] = pos - state.bMarks[line];
}

function isBlank(state: StateBlock, line: number): boolean {
  return state.bMarks[line] + state.tShift[line] >= state.eMarks[line];
}

/** kramdown `LAZY_END` outside the `>` markers: an IAL line, a `^` line, or a block HTML start or end tag. */
function endsQuote(state: StateBlock, line: number): boolean {
  if (state.sCount[line] - state.blkIndent >= 4) return false;
  const text = state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
  if (text.startsWith('{:') && text.charCodeAt(2) !== 0x3a && text.charCodeAt(2) !== 0x2f) return true;
  if (text.charCodeAt(0) === 0x5e && text.slice(1).trim() === '') return true;
  return startsLazyEndHtml(text);
}

function interruptedByBlock(state: StateBlock, line: number, endLine: number): boolean {
  for (const rule of state.md.block.ruler.getRules('blockquote')) {
    if (rule(state, line, endLine, true)) return true;
  }
  return false;
}

/**
 * kramdown block quote: it runs to the next blank line, whatever the lines without `>` hold
 * (`> {: .note }` then `  text` quotes the paragraph), and ends early only at kramdown's lazy
 * ends. A line indented less than the enclosing list item is its lazy paragraph continuation.
 * Returns the line after the quote; `saved` receives the lines whose offsets were changed.
 */
function scanQuote(state: StateBlock, startLine: number, endLine: number, saved: SavedLine[]): number {
  let line = startLine;
  for (; line < endLine; line++) {
    if (isBlank(state, line)) break;
    const outdented = state.sCount[line] < state.blkIndent;
    const marked = state.src.charCodeAt(state.bMarks[line] + state.tShift[line]) === 0x3e;
    if (marked && !outdented && state.sCount[line] - state.blkIndent < 4) {
      saved.push(saveLine(state, line));
      stripMarker(state, line);
      continue;
    }
    if (!outdented) {
      if (endsQuote(state, line)) break;
      saved.push(saveLine(state, line));
      state.sCount[line] -= state.blkIndent;
      continue;
    }
    if (interruptedByBlock(state, line, endLine)) break;
    saved.push(saveLine(state, line));
    state.sCount[line] = -1;
  }
  return line;
}

export function kramdownBlockquote(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (state.src.charCodeAt(state.bMarks[startLine] + state.tShift[startLine]) !== 0x3e) return false;
  if (silent) return true;
  const saved: SavedLine[] = [];
  const oldParentType = state.parentType;
  const oldLineMax = state.lineMax;
  const oldIndent = state.blkIndent;
  state.parentType = 'blockquote';
  const nextLine = scanQuote(state, startLine, endLine, saved);
  state.lineMax = nextLine;
  state.blkIndent = 0;
  const open = state.push('blockquote_open', 'blockquote', 1);
  open.markup = '>';
  const map: [number, number] = [startLine, 0];
  open.map = map;
  state.md.block.tokenize(state, startLine, nextLine);
  state.push('blockquote_close', 'blockquote', -1).markup = '>';
  map[1] = state.line;
  state.lineMax = oldLineMax;
  state.parentType = oldParentType;
  state.blkIndent = oldIndent;
  restoreLines(state, saved);
  return true;
}
