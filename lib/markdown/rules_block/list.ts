import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type { BlockRule } from '../rule-lookup.js';

const PAREN_MARKER = /^\d{1,9}\)/;

/** kramdown has no `1)` list marker (D30): such lines stay paragraph text. */
export function createKramdownList(builtinList: BlockRule): BlockRule {
  return function kramdownList(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
    const start = state.bMarks[startLine] + state.tShift[startLine];
    const ch = state.src.charCodeAt(start);
    if (ch >= 0x30 && ch <= 0x39 && PAREN_MARKER.test(state.src.slice(start, start + 11))) return false;
    return builtinList(state, startLine, endLine, silent);
  };
}
