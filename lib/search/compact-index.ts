import { forEachTerm, type EntryTerms } from './entry-terms.js';
import { encodeVarints, frontCode } from './varint-text.js';

/**
 * The index the page searches, made at build time: lunr's inverted index without positions.
 * - `terms`: every term, sorted, front-coded (see varint-text); a term's id is its place in that order;
 * - `postings`: per term (same order), a varint text of the (entry, field) pairs that hold it, each as
 *   `2 × gap + (tf > 1)` (and `tf − 2` when tf > 1), where pairs are numbered entry × fields + field
 *   in ascending order and the gap is the distance to the previous pair minus one. One string per
 *   term, so that the page decodes only the lists a query reads;
 * - `lengths`: each (entry, field) pair's number of terms, for BM25's length normalisation.
 * The inverse document frequency is the length of a term's list, as lunr counts it.
 */
export interface CompactIndex {
  format: 'compact';
  fields: [string, number][];
  k1: number;
  b: number;
  terms: string[];
  postings: string[];
  lengths: string;
}

export interface CompactIndexSpec {
  fields: [string, number][];
  k1: number;
  b: number;
}

export function compactIndex(entries: EntryTerms[], spec: CompactIndexSpec): CompactIndex {
  const nf = spec.fields.length;
  const lists = new Map<string, number[]>();
  const lengths: number[] = [];
  entries.forEach((entry, doc) => {
    for (let f = 0; f < nf; f++) {
      lengths.push(entry.lengths[f]);
      forEachTerm(entry.fields[f], (term, tf) => {
        const list = lists.get(term);
        if (list) list.push(doc * nf + f, tf);
        else lists.set(term, [doc * nf + f, tf]);
      });
    }
  });
  const terms = [...lists.keys()].sort();
  const postings = terms.map((term) => encodeVarints(postingValues(lists.get(term)!)));
  return { format: 'compact', ...spec, terms: frontCode(terms), postings, lengths: encodeVarints(lengths) };
}

/** One term's (pair, tf) list as the numbers its postings text holds. */
export function postingValues(list: number[]): number[] {
  const values: number[] = [];
  let previous = -1;
  for (let i = 0; i < list.length; i += 2) {
    const tf = list[i + 1];
    values.push(2 * (list[i] - previous - 1) + (tf > 1 ? 1 : 0));
    if (tf > 1) values.push(tf - 2);
    previous = list[i];
  }
  return values;
}
