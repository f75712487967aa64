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

/** kramdown has no `1)` list marker (D30): such lines stay paragraph text. */
export function createKramdownList(builtinList: BlockRule): BlockRule {
  return function kramdownList(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
    const start = lineStart(state, startLine);
    const ch = state.src.charCodeAt(start);
    if (ch >= 0x30 && ch <= 0x39 && PAREN_MARKER.test(state.src.slice(start, start + 11))) return false;
    if (silent && state.parentType === 'paragraph' && interruptsParagraph(state, startLine)) return true;
    return builtinList(state, startLine, endLine, silent);
  };
}
