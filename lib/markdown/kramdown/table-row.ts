import { backtickRunLength, codeSpanEnd } from './code-span.js';

const RUBY_WHITESPACE = /^[ \t\r\n\f\v\0]+|[ \t\r\n\f\v\0]+$/g;

/** Ruby `String#strip`: ASCII whitespace only, so a no-break space stays. */
export function rubyStrip(text: string): string {
  return text.replace(RUBY_WHITESPACE, '');
}

/** End of an HTML `<code …>…</code>` element starting at `start`, or -1. */
function htmlCodeEnd(text: string, start: number): number {
  if (!text.startsWith('<code', start)) return -1;
  const openEnd = text.indexOf('>', start + 5);
  if (openEnd < 0) return -1;
  const close = text.indexOf('</code>', openEnd + 1);
  return close < 0 ? -1 : close + 7;
}

/** Length of the protected piece at `pos` (code span or HTML code element), 0 if none. */
function protectedLength(text: string, pos: number): number {
  const ch = text.charCodeAt(pos);
  if (ch === 0x3c) {
    const end = htmlCodeEnd(text, pos);
    return end < 0 ? 0 : end - pos;
  }
  if (ch !== 0x60) return 0;
  const run = backtickRunLength(text, pos);
  const end = codeSpanEnd(text, pos, run);
  return end < 0 ? run : end - pos;
}

/**
 * Splits a row at pipes that are outside code spans; `\|` is a literal pipe
 * and loses its backslash, while inside code spans it is kept as written (D26).
 */
export function splitTableRow(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let pos = 0;
  while (pos < text.length) {
    const ch = text[pos];
    if (ch === '\\' && text[pos + 1] === '|') {
      cell += '|';
      pos += 2;
    } else if (ch === '|') {
      cells.push(cell);
      cell = '';
      pos++;
    } else if (ch === '`' || ch === '<') {
      const length = Math.max(protectedLength(text, pos), 1);
      cell += text.slice(pos, pos + length);
      pos += length;
    } else {
      cell += ch;
      pos++;
    }
  }
  cells.push(cell);
  return cells;
}

/** kramdown `TABLE_PIPE_CHECK`: a pipe at the start or one not preceded by a backslash. */
export function hasUnescapedPipe(line: string): boolean {
  let pipe = line.indexOf('|');
  while (pipe >= 0) {
    if (pipe === 0 || line.charCodeAt(pipe - 1) !== 0x5c) return true;
    pipe = line.indexOf('|', pipe + 1);
  }
  return false;
}

const TRAILING_BLANKS = /[ \t]+$/;

function consistsOf(line: string, allowed: string, required: string): boolean {
  const body = line.replace(TRAILING_BLANKS, '');
  if (!body.includes(required)) return false;
  for (let i = 0; i < body.length; i++) if (!allowed.includes(body[i])) return false;
  return true;
}

/** kramdown `TABLE_SEP_LINE`: `|---|:-:|`, a header or body separator. */
export function isSeparatorLine(line: string): boolean {
  return consistsOf(line, '+|: -', '-');
}

/** kramdown `TABLE_FSEP_LINE`: `|===|`, starts the footer. */
export function isFooterSeparatorLine(line: string): boolean {
  return consistsOf(line, '+|: =', '=');
}

export type ColumnAlignment = 'left' | 'right' | 'center' | null;

/** kramdown `TABLE_HSEP_ALIGN` scanned over a separator line: one entry per dash run. */
export function separatorAlignments(line: string): ColumnAlignment[] {
  const alignments: ColumnAlignment[] = [];
  let pos = 0;
  while (pos < line.length) {
    const dash = line.indexOf('-', pos);
    if (dash < 0) break;
    const left = dash > pos && line[dash - 1] === ':';
    let end = dash;
    while (line[end] === '-') end++;
    const right = line[end] === ':';
    if (right) end++;
    alignments.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null);
    pos = line[end] === ' ' ? end + 1 : end;
  }
  return alignments;
}
