import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { blankLinesBefore } from '../layout/blank-lines.js';
import { lineText } from '../kramdown/block-boundary.js';
import { startsLazyEndHtml } from '../kramdown/lazy-end.js';
import { applyAttributeList, parseAttributeList } from '../kramdown/attribute-list.js';

const ITEM_IAL = /^\s*\{:(?!(?:\w[\w-]*)?:|\/)((?:\\\}|[^}])+)\}\s*/;
const ITEM_IAL_ONLY = /^\s*(?:\{:(?!(?:\w[\w-]*)?:|\/)(?:(?:\\\}|[^}])+)\})?\s*$/;

/** One `: definition` with the Markdown source kramdown collects for it. */
interface Definition {
  source: string;
  /** Preceded by a blank line: its first paragraph keeps its `<p>`. */
  firstAsParagraph: boolean;
  attrs: Array<[string, string]> | null;
  line: number;
}

interface Marker {
  /** Column where the definition's content starts (continuation lines need this indent). */
  indentation: number;
  content: string;
}

/** kramdown `DEFINITION_LIST_START` (`:` then a space, tab or pipe) with `parse_first_list_line`. */
function readMarker(state: StateBlock, line: number, maxIndent: number): Marker | null {
  const indent = state.sCount[line] - state.blkIndent;
  if (indent > maxIndent || state.isEmpty(line)) return null;
  const text = lineText(state, line);
  const after = text[1];
  if (text[0] !== ':' || (after !== ' ' && after !== '\t' && after !== '|')) return null;
  const rest = text.slice(1);
  let column = indent + 1;
  let pos = 0;
  for (; rest[pos] === ' ' || rest[pos] === '\t'; pos++) column = rest[pos] === '\t' ? column + 4 - (column % 4) : column + 1;
  const indentation = ITEM_IAL_ONLY.test(rest) ? 4 : column;
  return { indentation, content: rest.slice(pos) };
}

function startDefinition(marker: Marker, line: number, firstAsParagraph: boolean): Definition {
  const ial = ITEM_IAL.exec(marker.content);
  if (ial === null) return { source: marker.content + '\n', firstAsParagraph, attrs: null, line };
  const attrs: Array<[string, string]> = [];
  applyAttributeList(attrs, parseAttributeList(ial[1]), new Map());
  return { source: marker.content.slice(ial[0].length) + '\n', firstAsParagraph, attrs, line };
}

function isEndOfBlockMarker(text: string): boolean {
  return text.charCodeAt(0) === 0x5e && text.slice(1).trim() === '';
}

/** kramdown's lazy line: not an IAL line or a block-HTML tag near the margin. */
function continuesLazily(text: string, indent: number, indentation: number): boolean {
  if (indent > Math.min(indentation, 3)) return true;
  if (text.startsWith('{:') && !text.startsWith('{::') && !text.startsWith('{:/')) return false;
  return !startsLazyEndHtml(text);
}

/** Reads the definitions that follow the terms; returns them and the first line after the list. */
function readDefinitions(state: StateBlock, startLine: number, endLine: number, afterBlank: boolean): [Definition[], number] {
  const definitions: Definition[] = [];
  let firstAsParagraph = afterBlank;
  let lastIsBlank = false;
  let indentation = 0;
  let maxMarkerIndent = 3;
  let line = startLine;
  for (; line < endLine; line++) {
    const blank = state.isEmpty(line);
    if (!blank && state.sCount[line] < state.blkIndent) break;
    const marker = readMarker(state, line, maxMarkerIndent);
    if (marker !== null) {
      definitions.push(startDefinition(marker, line, firstAsParagraph));
      indentation = marker.indentation;
      maxMarkerIndent = Math.min(3, indentation - 1);
      firstAsParagraph = lastIsBlank = false;
      continue;
    }
    const current = definitions[definitions.length - 1];
    if (blank) {
      current.source += '\n';
      firstAsParagraph = lastIsBlank = true;
      continue;
    }
    const text = lineText(state, line);
    if (isEndOfBlockMarker(text)) break;
    const indent = state.sCount[line] - state.blkIndent;
    if (indent >= indentation) current.source += ' '.repeat(indent - indentation) + text + '\n';
    else if (!lastIsBlank && continuesLazily(text, indent, indentation)) current.source += ' '.repeat(indent) + text + '\n';
    else break;
    firstAsParagraph = lastIsBlank = false;
  }
  return [definitions, line];
}

interface Terms {
  lines: string[];
  /** A blank line separates the terms from the first definition. */
  afterBlank: boolean;
}

/** kramdown takes the paragraph right above (directly, or across exactly one empty line) as the terms. */
function precedingTerms(state: StateBlock, startLine: number): Terms | null {
  const tokens = state.tokens;
  const count = tokens.length;
  if (count < 3 || tokens[count - 1].type !== 'paragraph_close' || tokens[count - 3].type !== 'paragraph_open') return null;
  const open = tokens[count - 3];
  if (open.level !== state.level || open.map === null) return null;
  const end = open.map[1];
  const afterBlank = end === startLine - 1;
  if (end !== startLine && !(afterBlank && state.eMarks[end] - state.bMarks[end] <= state.blkIndent)) return null;
  return { lines: tokens[count - 2].content.split('\n'), afterBlank };
}

/** Reopens a definition list that ended right above (kramdown merges adjacent lists). */
function openList(state: StateBlock, startLine: number): Token {
  const last = state.tokens[state.tokens.length - 1];
  if (last !== undefined && last.type === 'dl_close' && last.level === state.level) {
    state.tokens.pop();
    state.level++;
    for (let i = state.tokens.length - 1; i >= 0; i--) {
      if (state.tokens[i].type === 'dl_open' && state.tokens[i].level === last.level) return state.tokens[i];
    }
  }
  const open = state.push('dl_open', 'dl', 1);
  open.map = [startLine, startLine];
  return open;
}

function pushTerms(state: StateBlock, terms: string[], line: number): void {
  for (const term of terms) {
    state.push('dt_open', 'dt', 1);
    const inline = state.push('inline', '', 0);
    inline.content = term;
    inline.map = [line, line + 1];
    inline.children = [];
    state.push('dt_close', 'dt', -1);
  }
}

/** Parses a definition's collected source as blocks; its first paragraph loses `<p>` unless it followed a blank line. */
function pushDefinition(state: StateBlock, definition: Definition): void {
  const open = state.push('dd_open', 'dd', 1);
  open.map = [definition.line, definition.line + 1];
  if (definition.attrs !== null && definition.attrs.length > 0) open.attrs = definition.attrs;
  const from = state.tokens.length;
  state.md.block.parse(definition.source, state.md, state.env, state.tokens);
  for (let i = from; i < state.tokens.length; i++) {
    const token = state.tokens[i];
    token.level += state.level;
    if (token.map) token.map = [token.map[0] + definition.line, token.map[1] + definition.line];
  }
  const first = state.tokens[from];
  if (first !== undefined && first.type === 'paragraph_open' && !definition.firstAsParagraph) {
    first.hidden = true;
    state.tokens[from + 2].hidden = true;
  }
  state.push('dd_close', 'dd', -1);
}

function isMarkerLine(state: StateBlock, line: number): boolean {
  if (state.src.charCodeAt(state.bMarks[line] + state.tShift[line]) !== 0x3a) return false;
  return state.sCount[line] - state.blkIndent < 4 && readMarker(state, line, 3) !== null;
}

/**
 * kramdown definition lists (D20): the paragraph above gives one `<dt>` per line,
 * each `: ` line a `<dd>`; a `: ` line also ends a paragraph.
 */
export function definitionList(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (!isMarkerLine(state, startLine)) return false;
  if (silent) return true;
  const terms = precedingTerms(state, startLine);
  if (terms === null) return false;
  const termsOpen = state.tokens[state.tokens.length - 3];
  const termLine = termsOpen.map?.[0] ?? startLine;
  state.tokens.length -= 3;
  const [definitions, nextLine] = readDefinitions(state, startLine, endLine, terms.afterBlank);
  const before = state.tokens.length;
  const open = openList(state, termLine);
  // A new list stands where the terms' paragraph stood, after the same blank lines.
  if (state.tokens.length > before && blankLinesBefore(termsOpen) > 0) {
    open.meta = { ...(open.meta ?? {}), kdBlankBefore: blankLinesBefore(termsOpen) };
  }
  pushTerms(state, terms.lines, termLine);
  for (const definition of definitions) pushDefinition(state, definition);
  state.push('dl_close', 'dl', -1);
  if (open.map) open.map[1] = nextLine;
  state.line = nextLine;
  return true;
}
