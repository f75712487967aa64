import { readRecords, type Field } from './records.js';

/**
 * A `_data/*.csv` or `*.tsv` file as Jekyll reads it: `CSV.read(path, headers: true)` then
 * `row.to_hash` for each row. Values are strings, or null for empty unquoted fields and for
 * fields missing from a short row. A missing header (empty cell, or a row longer than the header)
 * is Ruby's nil key, written `""` here; when keys repeat the first one wins. A byte order mark
 * stays part of the first header, as in Jekyll (which reads files as plain UTF-8).
 */
export function parseDelimited(text: string, separator: ',' | '\t'): Array<Record<string, string | null>> {
  const [headers, ...rows] = readRecords(text, separator);
  if (!headers) return [];
  return rows.map((row) => rowToHash(headers, row));
}

function rowToHash(headers: Field[], row: Field[]): Record<string, string | null> {
  const hash: Record<string, string | null> = {};
  const width = Math.max(headers.length, row.length);
  for (let i = 0; i < width; i++) {
    const key = headers[i] ?? '';
    if (!Object.hasOwn(hash, key)) define(hash, key, row[i] ?? null);
  }
  return hash;
}

function define(hash: Record<string, string | null>, key: string, value: string | null): void {
  Object.defineProperty(hash, key, { value, enumerable: true, writable: true, configurable: true });
}
