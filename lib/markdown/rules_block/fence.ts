import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

const FENCE_OPENING = /^(`{3,}|~{3,})[ \t]*(?:(\S+?)(\?\S*)?)?[ \t]*$/;

/** Finds the closing fence line, or -1: kramdown-parser-gfm only accepts closed fences. */
function findClosingLine(state: StateBlock, startLine: number, endLine: number, marker: string): number {
  for (let line = startLine + 1; line < endLine; line++) {
    const start = state.bMarks[line] + state.tShift[line];
    const max = state.eMarks[line];
    if (start < max && state.sCount[line] < state.blkIndent) return -1;
    if (state.sCount[line] - state.blkIndent >= 4) continue;
    const text = state.src.slice(start, max);
    if (text.startsWith(marker) && /^[`~]*[ \t]*$/.test(text.slice(marker.length)) && onlyMarkerChar(text, marker[0])) {
      return line;
    }
  }
  return -1;
}

function onlyMarkerChar(text: string, markerChar: string): boolean {
  const trimmed = text.trimEnd();
  for (let i = 0; i < trimmed.length; i++) if (trimmed[i] !== markerChar) return false;
  return true;
}

/**
 * GFM fenced code as kramdown-parser-gfm reads it: the info is one token
 * (anything more is not a fence) and the fence must be closed.
 */
export function kramdownFence(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const first = state.src.charCodeAt(start);
  if (first !== 0x60 && first !== 0x7e) return false;
  const opening = FENCE_OPENING.exec(state.src.slice(start, state.eMarks[startLine]));
  if (!opening) return false;
  const marker = opening[1];
  const closingLine = findClosingLine(state, startLine, endLine, marker);
  if (closingLine < 0) return false;
  if (silent) return true;

  const token = state.push('fence', 'code', 0);
  token.markup = marker;
  token.info = opening[2] === undefined ? '' : opening[2] + (opening[3] ?? '');
  // kramdown takes the lines as they are: a fence indented more than its container does not unindent the code.
  token.content = state.getLines(startLine + 1, closingLine, state.blkIndent, true);
  token.map = [startLine, closingLine + 1];
  if (opening[2] !== undefined) {
    token.attrs = [['class', `language-${opening[2]}`]];
    token.meta = { fullLang: token.info };
  }
  state.line = closingLine + 1;
  return true;
}
