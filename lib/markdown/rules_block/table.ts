import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { beginsItemPart, isAfterBlockBoundary, isBeforeBlockBoundary, lineText } from '../kramdown/block-boundary.js';
import {
  type ColumnAlignment,
  hasUnescapedPipe,
  isFooterSeparatorLine,
  isSeparatorLine,
  rubyStrip,
  separatorAlignments,
  splitTableRow,
} from '../kramdown/table-row.js';
import { tableLinesHavePipes } from '../kramdown/table-pipe-check.js';
import { lineHasPipe } from '../kramdown/pipe-scan.js';

type SectionKind = 'thead' | 'tbody' | 'tfoot';

interface TableRow {
  cells: string[];
  line: number;
}

interface TableSection {
  kind: SectionKind;
  rows: TableRow[];
}

interface TableDraft {
  sections: TableSection[];
  alignments: ColumnAlignment[];
  columns: number;
  /** First line after the table. */
  endLine: number;
}

/** What `parse_table` accumulates while it reads the lines. */
interface TableReader {
  leadingPipe: boolean;
  sections: TableSection[];
  rows: TableRow[];
  alignments: ColumnAlignment[] | null;
  hasFooter: boolean;
  columns: number;
}

/** kramdown closes the pending rows into a section; a plain body separator inside the footer is ignored. */
function closeSection(reader: TableReader, kind: SectionKind, force: boolean): void {
  if (reader.hasFooter && kind === 'tbody' && !force) return;
  reader.sections.push({ kind, rows: reader.rows });
  reader.rows = [];
}

function readSeparator(reader: TableReader, text: string): void {
  if (reader.rows.length === 0) return;
  if (reader.alignments === null && !reader.hasFooter) {
    closeSection(reader, 'thead', false);
    reader.alignments = separatorAlignments(text);
  } else {
    closeSection(reader, 'tbody', false);
  }
}

function readFooterSeparator(reader: TableReader): void {
  if (reader.rows.length > 0) closeSection(reader, 'tbody', true);
  reader.hasFooter = true;
}

function readRow(reader: TableReader, text: string, line: number): void {
  const cells = splitTableRow(text);
  if (reader.leadingPipe && cells.length > 0 && rubyStrip(cells[0]) === '') cells.shift();
  if (cells.length > 0 && rubyStrip(cells[cells.length - 1]) === '') cells.pop();
  reader.columns = Math.max(reader.columns, cells.length);
  reader.rows.push({ cells, line });
}

function readLines(state: StateBlock, reader: TableReader, startLine: number, endLine: number): number {
  let line = startLine;
  if (isSeparatorLine(lineText(state, line))) line++;
  for (; line < endLine; line++) {
    if (state.sCount[line] < state.blkIndent || state.isEmpty(line) || beginsItemPart(state, line)) break;
    const text = lineText(state, line);
    if (!hasUnescapedPipe(text)) break;
    if (isSeparatorLine(text)) readSeparator(reader, text);
    else if (isFooterSeparatorLine(text)) readFooterSeparator(reader);
    else readRow(reader, text, line);
  }
  return line;
}

function tableSource(state: StateBlock, startLine: number, endLine: number): string {
  const lines: string[] = [];
  for (let line = startLine; line < endLine; line++) lines.push(lineText(state, line));
  return lines.join('\n');
}

function fitAlignments(alignments: ColumnAlignment[] | null, columns: number): ColumnAlignment[] {
  const fitted = (alignments ?? []).slice(0, columns);
  while (fitted.length < columns) fitted.push(null);
  return fitted;
}

/** kramdown `parse_table`, or null where kramdown would not see a table. */
function readTable(state: StateBlock, startLine: number, endLine: number): TableDraft | null {
  const reader: TableReader = {
    leadingPipe: lineText(state, startLine).charCodeAt(0) === 0x7c,
    sections: [], rows: [], alignments: null, hasFooter: false, columns: 0,
  };
  const tableEnd = readLines(state, reader, startLine, endLine);
  if (!isBeforeBlockBoundary(state, tableEnd, endLine) || !tableLinesHavePipes(tableSource(state, startLine, tableEnd))) {
    return null;
  }
  if (reader.rows.length > 0) closeSection(reader, reader.hasFooter ? 'tfoot' : 'tbody', false);
  if (!reader.sections.some((section) => section.kind === 'tbody')) return null;
  return {
    sections: reader.sections,
    alignments: fitAlignments(reader.alignments, reader.columns),
    columns: reader.columns,
    endLine: tableEnd,
  };
}

function pushCell(state: StateBlock, tag: 'th' | 'td', source: string, alignment: ColumnAlignment, line: number): void {
  const open = state.push(`${tag}_open`, tag, 1);
  if (alignment !== null) open.attrs = [['style', `text-align: ${alignment}`]];
  const inline = state.push('inline', '', 0);
  inline.content = rubyStrip(source);
  inline.map = [line, line + 1];
  inline.children = [];
  state.push(`${tag}_close`, tag, -1);
}

function pushSection(state: StateBlock, section: TableSection, draft: TableDraft): void {
  const tag = section.kind === 'thead' ? 'th' : 'td';
  state.push(`${section.kind}_open`, section.kind, 1);
  for (const row of section.rows) {
    const tr = state.push('tr_open', 'tr', 1);
    tr.map = [row.line, row.line + 1];
    for (let column = 0; column < draft.columns; column++) {
      pushCell(state, tag, row.cells[column] ?? '', draft.alignments[column], row.line);
    }
    state.push('tr_close', 'tr', -1);
  }
  state.push(`${section.kind}_close`, section.kind, -1);
}

/**
 * kramdown tables (D25–D28): no header row needed, `|---|` between body rows starts
 * a new `<tbody>`, `|===|` the `<tfoot>`; extra cells add columns; pipes in code
 * spans do not split cells. A table starts only after a block boundary.
 */
export function kramdownTable(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (!lineHasPipe(state, startLine)) return false;
  if (!hasUnescapedPipe(lineText(state, startLine)) || !isAfterBlockBoundary(state, startLine)) return false;
  const draft = readTable(state, startLine, endLine);
  if (draft === null) return false;
  if (silent) return true;
  const open = state.push('table_open', 'table', 1);
  open.map = [startLine, draft.endLine];
  for (const section of draft.sections) pushSection(state, section, draft);
  state.push('table_close', 'table', -1);
  state.line = draft.endLine;
  return true;
}
