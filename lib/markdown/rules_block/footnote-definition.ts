import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { definedFootnotes } from '../kramdown/footnote-env.js';

const DEFINITION_START = /^\[\^(\w[\w-]*)\]:[ \t]*/;

function isBlank(state: StateBlock, line: number): boolean {
  return state.bMarks[line] + state.tShift[line] >= state.eMarks[line];
}

/** Last line of the definition: indented lines (after optional blanks) and their lazy lines. */
function lastDefinitionLine(state: StateBlock, startLine: number, endLine: number): number {
  let last = startLine;
  let lazyAllowed = false;
  for (let line = startLine + 1; line < endLine; line++) {
    if (isBlank(state, line)) {
      lazyAllowed = false;
      continue;
    }
    if (state.sCount[line] - state.blkIndent >= 4) {
      last = line;
      lazyAllowed = true;
      continue;
    }
    const text = state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
    if (!lazyAllowed || line !== last + 1 || text.startsWith('[^') || text.startsWith('{:')) break;
    last = line;
  }
  return last;
}

/** `[^name]: text` with 4-space indented continuation (kramdown footnote definitions). */
export function footnoteDefinition(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine] + state.tShift[startLine];
  if (state.src.charCodeAt(start) !== 0x5b || state.src.charCodeAt(start + 1) !== 0x5e) return false;
  const firstLine = state.src.slice(start, state.eMarks[startLine]);
  const match = DEFINITION_START.exec(firstLine);
  if (!match) return false;
  if (silent) return true;

  const label = match[1];
  const last = lastDefinitionLine(state, startLine, endLine);
  const rest = last > startLine ? state.getLines(startLine + 1, last + 1, state.blkIndent + 4, false) : '';
  const content = firstLine.slice(match[0].length) + '\n' + rest;
  definedFootnotes(state.env).add(label);

  const open = state.push('kd_footnote_open', '', 1);
  open.meta = { label };
  open.map = [startLine, last + 1];
  state.md.block.parse(content, state.md, state.env, state.tokens);
  state.push('kd_footnote_close', '', -1);
  state.line = last + 1;
  return true;
}
