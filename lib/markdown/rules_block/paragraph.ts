import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type { BlockRule } from '../rule-lookup.js';

/**
 * markdown-it's paragraph, with its text as kramdown takes it: a lazy line (indented less than its list item's text)
 * keeps all of its indentation, where markdown-it would strip it.
 */
export function kramdownParagraph(paragraph: BlockRule): BlockRule {
  return (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
    if (!paragraph(state, startLine, endLine, silent)) return false;
    if (silent || state.blkIndent === 0) return true;
    let lazy = false;
    const lines: string[] = [];
    for (let line = startLine; line < state.line; line++) {
      const isLazy = state.sCount[line] < state.blkIndent;
      lazy ||= isLazy;
      lines.push(state.getLines(line, line + 1, isLazy ? 0 : state.blkIndent, false));
    }
    if (lazy) state.tokens[state.tokens.length - 2].content = lines.join('\n').trim();
    return true;
  };
}
