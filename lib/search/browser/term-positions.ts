import type { TextTools } from './text-tools.js';
import { fieldTokens } from './field-tokens.js';

/**
 * Runs in the browser. Where one term occurs in one field of one entry ([start, length] in the
 * lowercased text, as lunr's `position` metadata), found when first asked for: the index has no
 * positions, and only results that are shown pay for them. The field is split into words once; only
 * words that begin like the term are run through the pipeline: lunr's trimmer removes leading
 * non-word characters and its stemmer keeps a word's first character.
 */
export function termPositions(tools: TextTools, docField: number, term: string): number[][] {
  let known = tools.positions.get(docField);
  if (!known) tools.positions.set(docField, (known = { words: fieldWords(tools, docField), terms: new Map() }));
  const cached = known.terms.get(term);
  if (cached) return cached;
  const found: number[][] = [];
  const words = known.words;
  const first = term.charAt(0);
  for (let i = 0; i < words.length; i += 3) {
    const word = words[i] as string;
    if (firstWordCharacter(word) === first && tools.termOf(word) === term) found.push([words[i + 1] as number, words[i + 2] as number]);
  }
  known.terms.set(term, found);
  return found;
}

/** The field's words with a position, flat: word, start, length, word, start, length, … */
export function fieldWords(tools: TextTools, docField: number): (string | number)[] {
  const nf = tools.fields.length;
  const f = docField % nf;
  const words: (string | number)[] = [];
  fieldTokens(tools.docs[(docField - f) / nf][tools.fields[f]], tools.isSeparator, (word, start, length) => {
    if (start >= 0) words.push(word, start, length);
  });
  return words;
}

/** The first character of the word after leading non-word characters (`\W`), or '' when there is none. */
export function firstWordCharacter(word: string): string {
  const code = word.charCodeAt(0);
  const isWordCharacter = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  if (isWordCharacter || word.length === 0) return word.charAt(0);
  const leading = /^\W*/.exec(word)![0].length;
  return word.charAt(leading);
}
