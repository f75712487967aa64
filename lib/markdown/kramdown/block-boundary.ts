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
  return text.startsWith('{:') && !text.startsWith('{::') && !text.startsWith('{:/');
}
