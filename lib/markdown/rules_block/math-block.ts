import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

function isBlankLine(state: StateBlock, line: number): boolean {
  return line >= state.lineMax || state.bMarks[line] + state.tShift[line] >= state.eMarks[line];
}

/** A block that is just `$$…$$` (possibly over several lines) is display math (D42). */
export function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine] + state.tShift[startLine];
  if (!state.src.startsWith('$$', start)) return false;
  for (let line = startLine; line < endLine; line++) {
    if (line > startLine && isBlankLine(state, line)) return false;
    const text = state.src.slice(line === startLine ? start + 2 : state.bMarks[line] + state.tShift[line], state.eMarks[line]);
    const close = text.lastIndexOf('$$');
    if (close < 0 || text.slice(close + 2).trim() !== '') continue;
    if (line === startLine && close === 0 && text.length === 2) continue;
    if (!isBlankLine(state, line + 1)) return false;
    if (silent) return true;
    const body = state.src.slice(start + 2, state.bMarks[line] + state.tShift[line] + (line === startLine ? 2 : 0) + close);
    const token = state.push('kd_math_block', 'math', 0);
    token.content = body.trim();
    token.map = [startLine, line + 1];
    token.markup = '$$';
    state.line = line + 1;
    return true;
  }
  return false;
}
