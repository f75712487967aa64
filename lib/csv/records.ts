import { CsvError } from './errors.js';

/** A field as read: `null` for an unquoted empty field (Ruby's nil), otherwise its text. */
export type Field = string | null;

const QUOTE = '"';

/** The row separator Ruby's CSV picks: the first line ending in the text (`\r\n`, `\n` or `\r`). */
function detectRowSeparator(text: string): string {
  const at = text.search(/[\r\n]/);
  if (at < 0) return '\n';
  if (text[at] === '\r') return text[at + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

/**
 * Splits CSV text into rows of fields as Ruby's CSV parser does (`quote_char: '"'`, no field
 * stripping): a blank line is a row without fields, a line ending inside quotes belongs to the field.
 */
export function readRecords(text: string, separator: string): Field[][] {
  const rowSeparator = detectRowSeparator(text);
  const rows: Field[][] = [];
  let line = 1;
  let at = 0;
  while (at < text.length) {
    const row: Field[] = [];
    if (text.startsWith(rowSeparator, at)) {
      rows.push(row);
      at += rowSeparator.length;
      line += 1;
      continue;
    }
    for (;;) {
      const field = text[at] === QUOTE ? readQuoted(text, at, line) : readUnquoted(text, at, separator, rowSeparator, line);
      row.push(field.value);
      line += field.lineBreaks;
      at = field.end;
      if (text.startsWith(separator, at)) {
        at += separator.length;
        continue;
      }
      break;
    }
    rows.push(row);
    if (at < text.length) {
      at += rowSeparator.length;
      line += 1;
    }
  }
  return rows;
}

interface ReadField {
  value: Field;
  end: number;
  lineBreaks: number;
}

function readQuoted(text: string, start: number, line: number): ReadField {
  let value = '';
  let at = start + 1;
  for (;;) {
    const close = text.indexOf(QUOTE, at);
    if (close < 0) throw new CsvError('Unclosed quoted field', line);
    value += text.slice(at, close);
    if (text[close + 1] === QUOTE) {
      value += QUOTE;
      at = close + 2;
      continue;
    }
    return { value, end: close + 1, lineBreaks: countLineBreaks(value) };
  }
}

function readUnquoted(text: string, start: number, separator: string, rowSeparator: string, line: number): ReadField {
  let end = start;
  while (end < text.length && !text.startsWith(separator, end) && !text.startsWith(rowSeparator, end)) {
    const ch = text[end];
    if (ch === QUOTE) throw new CsvError('Illegal quoting', line);
    if (ch === '\r' || ch === '\n') throw new CsvError(`Unquoted fields do not allow new line <${JSON.stringify(ch)}>`, line);
    end += 1;
  }
  return { value: end === start ? null : text.slice(start, end), end, lineBreaks: 0 };
}

function countLineBreaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}
