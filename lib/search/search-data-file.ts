import { piecedFile, type PiecedFile } from './pieced-file.js';
import type { SearchEntry } from './search-data.js';
import { TextPiece } from './text-piece.js';

/** A page's piece of search-data.json and the key of its first entry, which the piece's text holds. */
export type DataPieces = WeakMap<SearchEntry[], { first: number; piece: TextPiece }>;

/**
 * `assets/js/search-data.json`, an object keyed "0", "1", … in entry order, as one piece per page
 * (its entries with their keys), kept while the page's entries and the key of its first one are the same.
 */
export function searchDataFile(destPath: string, pages: SearchEntry[][], kept: DataPieces): PiecedFile {
  const pieces = [new TextPiece('{')];
  let first = 0;
  for (const entries of pages) {
    if (entries.length === 0) continue;
    let cached = kept.get(entries);
    if (!cached || cached.first !== first) {
      cached = { first, piece: new TextPiece(pageText(entries, first)) };
      kept.set(entries, cached);
    }
    pieces.push(cached.piece);
    first += entries.length;
  }
  if (first === 0) return piecedFile(destPath, [new TextPiece('{}\n')]);
  pieces.push(new TextPiece('\n}\n'));
  return piecedFile(destPath, pieces);
}

function pageText(entries: SearchEntry[], first: number): string {
  return entries.map((entry, i) => `${first + i === 0 ? '' : ',\n'}${JSON.stringify(String(first + i))}: ${entry.text}`).join('');
}
