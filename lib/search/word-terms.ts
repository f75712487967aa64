import type { Lunr } from './lunr-module.js';

/** The term lunr's indexing pipeline makes of one word, or null when the pipeline drops it. */
export type WordTerm = (word: string) => string | null;

/** A word starting and ending with a character of `\w`: lunr's trimmer (`\W+` off both ends) leaves it as it is. */
const NOTHING_TO_TRIM = /^\w(?:.*\w)?$/s;

/**
 * lunr's builder pipeline (trimmer, stop word filter, stemmer) as a function of one word, remembered per word:
 * each step depends only on the token's text, so this equals running it token by token. The three functions
 * are called in turn, as `Pipeline#run` does for one token (the stop word filter drops it by returning nothing),
 * without the pipeline's arrays; the trimmer only when there is something to trim.
 */
export function wordTerms(lunr: Lunr): WordTerm {
  const known = new Map<string, string | null>();
  return (word) => {
    let term = known.get(word);
    if (term === undefined) {
      const token = new lunr.Token(word, {});
      if (!NOTHING_TO_TRIM.test(word)) lunr.trimmer(token, 0, [token]);
      term = lunr.stopWordFilter(token, 0, [token]) ? String(lunr.stemmer(token, 0, [token])) : null;
      known.set(word, term);
    }
    return term;
  };
}
