import type { Lunr } from './lunr-module.js';

/** The term lunr's indexing pipeline makes of one word, or null when the pipeline drops it. */
export type WordTerm = (word: string) => string | null;

/**
 * lunr's builder pipeline (trimmer, stop word filter, stemmer) as a function of one word, remembered
 * per word: each step depends only on the token's text, so this equals running it token by token.
 */
export function wordTerms(lunr: Lunr): WordTerm {
  const pipeline = lunr.Pipeline.load(['trimmer', 'stopWordFilter', 'stemmer']);
  const known = new Map<string, string | null>();
  return (word) => {
    let term = known.get(word);
    if (term === undefined) {
      const out = pipeline.run([new lunr.Token(word, {})]);
      term = out.length === 0 ? null : out[0].toString();
      known.set(word, term);
    }
    return term;
  };
}
