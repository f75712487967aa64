import type { FieldWords } from './field-words.js';
import type { WordTerm } from './word-terms.js';

/** What the index needs of one entry: per field, each term's frequency and the number of terms. */
export interface EntryTerms {
  fields: Map<string, number>[];
  lengths: number[];
}

/**
 * One entry's terms as lunr's builder counts them: each field's value split by lunr's tokenizer (with
 * the site's separator), each token through the pipeline, dropped tokens not counted.
 */
export function entryTerms(doc: Record<string, unknown>, fields: string[], words: FieldWords, termOf: WordTerm): EntryTerms {
  const counts: Map<string, number>[] = [];
  const lengths: number[] = [];
  for (const field of fields) {
    const tf = new Map<string, number>();
    let length = 0;
    words(doc[field], (word) => {
      const term = termOf(word);
      if (term === null) return;
      length++;
      tf.set(term, (tf.get(term) ?? 0) + 1);
    });
    counts.push(tf);
    lengths.push(length);
  }
  return { fields: counts, lengths };
}
