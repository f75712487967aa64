import type { FieldWords } from './field-words.js';
import type { WordTerm } from './word-terms.js';

/**
 * What the index needs of one entry: per field, each term and its frequency one after the other (in the order the
 * terms first occur), and each field's number of terms. Flat arrays rather than a map per field: a large site has
 * hundreds of thousands of them, and this is also the form they are kept in between builds.
 */
export interface EntryTerms {
  fields: (string | number)[][];
  lengths: number[];
}

/**
 * One entry's terms as lunr's builder counts them: each field's value split by lunr's tokenizer (with
 * the site's separator), each token through the pipeline, dropped tokens not counted.
 */
export function entryTerms(doc: Record<string, unknown>, fields: string[], words: FieldWords, termOf: WordTerm): EntryTerms {
  const counts: (string | number)[][] = [];
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
    counts.push(flatTerms(tf));
    lengths.push(length);
  }
  return { fields: counts, lengths };
}

/** A field's term frequencies as the flat list EntryTerms holds. */
export function flatTerms(tf: Map<string, number>): (string | number)[] {
  const flat: (string | number)[] = [];
  for (const [term, count] of tf) flat.push(term, count);
  return flat;
}

/** Each (term, frequency) of one field of an entry. */
export function forEachTerm(field: (string | number)[], visit: (term: string, tf: number) => void): void {
  for (let i = 0; i < field.length; i += 2) visit(field[i] as string, field[i + 1] as number);
}
