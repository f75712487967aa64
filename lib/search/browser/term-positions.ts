import type { TextTools } from './text-tools.js';
import { fieldTokens } from './field-tokens.js';

/**
 * Runs in the browser. Where each term occurs in one field of one entry ([start, length] in the
 * lowercased text, as lunr's `position` metadata), found when first asked for: the index has no
 * positions, and only results that are shown pay for them.
 */
export function termPositions(tools: TextTools, docField: number): Map<string, number[][]> {
  const known = tools.positions.get(docField);
  if (known) return known;
  const found = new Map<string, number[][]>();
  const nf = tools.fields.length;
  const f = docField % nf;
  const value = tools.docs[(docField - f) / nf][tools.fields[f]];
  fieldTokens(value, tools.isSeparator, (word, start, length) => {
    const term = tools.termOf(word);
    if (term === null || start < 0) return;
    const list = found.get(term);
    if (list) list.push([start, length]);
    else found.set(term, [[start, length]]);
  });
  tools.positions.set(docField, found);
  return found;
}
