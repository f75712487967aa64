/* eslint-disable @typescript-eslint/no-explicit-any */
import type { TextIndex } from './build-text-index.js';
import { expandTerms } from './expand-terms.js';
import { termPositions } from './term-positions.js';

/**
 * Runs in the browser. Answers a query built with lunr's Query API exactly as `lunr.Index#query` does
 * for optional clauses (the search box's kind): the same expanded terms, per-field query vectors, BM25
 * weights rounded to three decimals, cosine-like scores summed over fields in lunr's order, results in
 * lunr's order. Each result's `matchData` is made when first read.
 */
export function queryTextIndex(lunr: any, index: TextIndex, fn: (query: any) => void): any[] {
  const query = new lunr.Query(index.fields);
  fn.call(query, query);
  const stemmer = lunr.Pipeline.load(['stemmer']);
  const nf = index.fields.length;
  const queryVectors = index.fields.map(() => new Map<number, number>());
  const done = new Set<number>();
  const matched = new Map<number, number[]>();
  for (const clause of query.clauses) {
    const terms: string[] = clause.usePipeline ? stemmer.runString(clause.term, { fields: clause.fields }) : [clause.term];
    for (const term of terms) {
      for (const t of expandTerms(lunr, index, term, clause.editDistance)) {
        for (const field of clause.fields) {
          const f = index.fields.indexOf(field);
          queryVectors[f].set(t, (queryVectors[f].get(t) || 0) + clause.boost);
          if (done.has(t * nf + f)) continue;
          done.add(t * nf + f);
          const posting = index.postings[t];
          for (let i = 0; i < posting.length; i += 2) {
            if (posting[i] % nf !== f) continue;
            const pairs = matched.get(posting[i]);
            if (pairs) pairs.push(t, posting[i + 1]);
            else matched.set(posting[i], [t, posting[i + 1]]);
          }
        }
      }
    }
  }
  const magnitudes = queryVectors.map((vector) => {
    let sum = 0;
    for (const t of Array.from(vector.keys()).sort((a, b) => a - b)) sum += vector.get(t)! * vector.get(t)!;
    return Math.sqrt(sum);
  });
  const results: any[] = [];
  const byDoc = new Map<number, any>();
  matched.forEach((pairs, docField) => {
    const f = docField % nf;
    const doc = (docField - f) / nf;
    const score = fieldScore(index, docField, pairs, queryVectors[f]) / magnitudes[f] || 0;
    const result = byDoc.get(doc);
    if (result) {
      result.score += score;
      result.fieldMatches.push(docField, pairs);
    } else {
      const created = { ref: String(doc), score, fieldMatches: [docField, pairs] };
      let data: any = null;
      Object.defineProperty(created, 'matchData', { get: () => data || (data = matchData(index, created.fieldMatches)), enumerable: true });
      byDoc.set(doc, created);
      results.push(created);
    }
  });
  return results.sort((a, b) => b.score - a.score);
}

/** The dot product of the query vector and the field's BM25 vector, summed in term id order as lunr does. */
export function fieldScore(index: TextIndex, docField: number, pairs: number[], queryVector: Map<number, number>): number {
  const f = docField % index.fields.length;
  const order: number[] = [];
  for (let i = 0; i < pairs.length; i += 2) order.push(i);
  order.sort((x, y) => pairs[x] - pairs[y]);
  const n = index.lengths.length / index.fields.length;
  let dot = 0;
  for (const i of order) {
    const t = pairs[i];
    const tf = pairs[i + 1];
    const withTerm = index.postings[t].length / 2;
    const idf = Math.log(1 + Math.abs((n - withTerm + 0.5) / (withTerm + 0.5)));
    let weight = (idf * ((index.k1 + 1) * tf)) / (index.k1 * (1 - index.b + index.b * (index.lengths[docField] / index.averages[f])) + tf);
    weight *= index.boosts[f];
    dot += queryVector.get(t)! * (Math.round(weight * 1000) / 1000);
  }
  return dot;
}

/** lunr's match data of one result: per matched term and field, the term's positions (found on first read). */
export function matchData(index: TextIndex, fieldMatches: any[]): any {
  const metadata: any = Object.create(null);
  for (let m = 0; m < fieldMatches.length; m += 2) {
    const docField: number = fieldMatches[m];
    const pairs: number[] = fieldMatches[m + 1];
    const field = index.fields[docField % index.fields.length];
    for (let i = 0; i < pairs.length; i += 2) {
      const t = pairs[i];
      const term = index.terms[t];
      const fields = metadata[term] || (metadata[term] = Object.create(null));
      Object.defineProperty((fields[field] = {}), 'position', { get: () => termPositions(index, docField).get(t) || [], enumerable: true });
    }
  }
  return { metadata };
}
