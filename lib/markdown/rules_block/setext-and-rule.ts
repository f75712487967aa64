import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { isAfterBlockBoundary } from '../kramdown/block-boundary.js';
import type { BlockRule } from '../rule-lookup.js';

/**
 * kramdown's setext headings: the heading is one line of text directly followed by its `===` or `---`
 * line. After a paragraph of two or more lines such a line stays paragraph text (`---` becoming an em
 * dash), where markdown-it would make the whole paragraph a heading. Like kramdown's tables, it starts only after
 * a block boundary (not right below a rule or a heading).
 */
export function kramdownSetextHeading(builtin: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) =>
    startLine + 1 < endLine && isAfterBlockBoundary(state, startLine) && builtin(state, startLine, startLine + 2, silent);
}

/**
 * kramdown's horizontal rule: it ends a paragraph only when its line also starts like a list item (`* * *`,
 * `- - -`), since kramdown ends paragraphs at list starts; `---`, `***` and `___` lines continue the paragraph.
 */
export function kramdownRule(builtin: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    if (silent && state.parentType === 'paragraph' && !startsLikeListItem(state, startLine)) return false;
    return builtin(state, startLine, endLine, silent);
  };
}

function startsLikeListItem(state: StateBlock, line: number): boolean {
  const start = state.bMarks[line]! + state.tShift[line]!;
  const marker = state.src.charCodeAt(start);
  const after = state.src.charCodeAt(start + 1);
  return (marker === 0x2a || marker === 0x2b || marker === 0x2d) && (after === 0x20 || after === 0x09);
}
