/* eslint-disable @typescript-eslint/no-explicit-any */

/** What finding a result's term positions needs: the entries, the fields, the tokenizer and pipeline. */
export interface TextTools {
  fields: string[];
  docs: any[];
  isSeparator: (code: number) => boolean;
  /** The term lunr's indexing pipeline makes of a word (remembered), or null when it drops the word. */
  termOf: (word: string) => string | null;
  /** Per (entry × fields + field), once asked for: its words (see fieldWords) and each term's positions, [start, length]. */
  positions: Map<number, { words: (string | number)[]; terms: Map<string, number[][]> }>;
}

/** Runs in the browser. */
export function textTools(lunr: any, docs: any[], fields: string[], isSeparator: (code: number) => boolean): TextTools {
  const pipeline = lunr.Pipeline.load(['trimmer', 'stopWordFilter', 'stemmer']);
  const known = new Map<string, string | null>();
  function termOf(word: string): string | null {
    let term = known.get(word);
    if (term === undefined) {
      const out: string[] = pipeline.runString(word);
      term = out.length === 0 ? null : out[0];
      known.set(word, term);
    }
    return term;
  }
  return { fields, docs, isSeparator, termOf, positions: new Map() };
}
