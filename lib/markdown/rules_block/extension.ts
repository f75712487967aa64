import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { parseAttributeList } from '../kramdown/attribute-list.js';
import { documentOptionsFromEnv } from '../kramdown/document-env.js';
import { parseTocLevels } from '../options.js';

const EXTENSION_START = /^\{::(comment|nomarkdown|options)\b([^}]*?)(\/)?\}/;

/** Line and offset just past `{:/name}` or `{:/}`, searching from `startLine`/`from`. */
function findEnd(state: StateBlock, startLine: number, endLine: number, from: number, name: string): { line: number; bodyEnd: number } | null {
  for (let line = startLine; line < endLine; line++) {
    const lineStart = state.bMarks[line] + state.tShift[line];
    const text = state.src.slice(line === startLine ? from : lineStart, state.eMarks[line]);
    const generic = text.indexOf('{:/}');
    const named = text.indexOf(`{:/${name}}`);
    const at = generic < 0 ? named : named < 0 ? generic : Math.min(generic, named);
    if (at >= 0) return { line, bodyEnd: (line === startLine ? from : lineStart) + at };
  }
  return null;
}

const TOC_LEVELS_VALUE = /^(?:\d\.\.\d|\d(?:,\d)*)$/;

/** The converter options kramdown lets `{::options … /}` change for the whole document. */
function applyOptions(state: StateBlock, body: string): void {
  const overrides = documentOptionsFromEnv(state.env);
  for (const [name, value] of parseAttributeList(body).attrs) {
    if (name === 'auto_ids') overrides.autoIds = value !== 'false';
    else if (name === 'auto_id_prefix') overrides.autoIdPrefix = value;
    else if (name === 'toc_levels' && TOC_LEVELS_VALUE.test(value)) overrides.tocLevels = parseTocLevels(value);
  }
}

/** kramdown extensions `{::comment}`, `{::nomarkdown}`, `{::options … /}` (D43). */
export function kramdownExtension(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine] + state.tShift[startLine];
  if (!state.src.startsWith('{::', start)) return false;
  const match = EXTENSION_START.exec(state.src.slice(start, state.eMarks[startLine]));
  if (!match) return false;
  const [opening, name, attributes, selfClosing] = match;
  if (selfClosing) {
    if (silent) return true;
    if (name === 'options') applyOptions(state, attributes);
    state.line = startLine + 1;
    return true;
  }
  const end = findEnd(state, startLine, endLine, start + opening.length, name);
  if (end === null) return false;
  if (silent) return true;
  const body = state.src.slice(start + opening.length, end.bodyEnd).replace(/^\n/, '').replace(/\n$/, '');
  if (name !== 'options') {
    const token = state.push('html_block', '', 0);
    token.content = name === 'comment' ? `<!-- ${body} -->\n` : body + '\n';
    token.map = [startLine, end.line + 1];
  }
  state.line = end.line + 1;
  return true;
}
