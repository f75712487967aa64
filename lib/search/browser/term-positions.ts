import { fieldTokens } from './field-tokens.js';
import type { TextIndex } from './build-text-index.js';

/**
 * Runs in the browser. Where each term occurs in one field of one entry ([start, length] in the
 * lowercased text, as lunr's `position` metadata), found when first asked for: only results that are
 * shown pay for positions.
 */
export function termPositions(index: TextIndex, docField: number): Map<number, number[][]> {
  const known = index.positions.get(docField);
  if (known) return known;
  const found = new Map<number, number[][]>();
  const nf = index.fields.length;
  const f = docField % nf;
  const value = index.docs[(docField - f) / nf][index.fields[f]];
  fieldTokens(value, index.isSeparator, (word, start, length) => {
    const t = index.termOf(word);
    if (t < 0 || start < 0) return;
    const list = found.get(t);
    if (list) list.push([start, length]);
    else found.set(t, [[start, length]]);
  });
  index.positions.set(docField, found);
  return found;
}
