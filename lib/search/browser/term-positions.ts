import type { TextTools } from './text-tools.js';
import { fieldTokens } from './field-tokens.js';

/**
 * Runs in the browser. Where one term occurs in one field of one entry ([start, length] in the
 * lowercased text, as lunr's `position` metadata), found when first asked for: the index has no
 * positions, and only results that are shown pay for them. Only words that begin like the term are
 * run through the pipeline: lunr's trimmer removes leading non-word characters and its stemmer keeps
 * a word's first character.
 */
export function termPositions(tools: TextTools, docField: number, term: string): number[][] {
  let known = tools.positions.get(docField);
  if (!known) tools.positions.set(docField, (known = new Map()));
  const cached = known.get(term);
  if (cached) return cached;
  const found: number[][] = [];
  const nf = tools.fields.length;
  const f = docField % nf;
  const value = tools.docs[(docField - f) / nf][tools.fields[f]];
  const first = term.charAt(0);
  fieldTokens(value, tools.isSeparator, (word, start, length) => {
    if (start < 0 || firstWordCharacter(word) !== first) return;
    if (tools.termOf(word) === term) found.push([start, length]);
  });
  known.set(term, found);
  return found;
}

/** The first character of the word after leading non-word characters (`\W`), or '' when there is none. */
export function firstWordCharacter(word: string): string {
  const leading = /^\W*/.exec(word)![0].length;
  return word.charAt(leading);
}
