/* eslint-disable @typescript-eslint/no-explicit-any */
import { expandTerms } from './expand-terms.js';
import { postingsOf, type CompactSearchIndex } from './read-compact-index.js';
import { termPositions } from './term-positions.js';

/**
 * Runs in the browser. Answers a query built with lunr's Query API as `lunr.Index#query` does for
 * optional clauses (the search box's kind): the same expanded terms, per-field query vectors, BM25
 * weights rounded to three decimals, cosine-like scores summed over fields, results in lunr's order
 * (by score, ties in the order lunr first meets them). Scores equal lunr's except that a field's
 * matched terms are summed in alphabetical rather than first-seen order (a difference in the last
 * bits, only when three or more terms match one field). Each result's `matchData` is made when read.
 */
export function queryCompactIndex(lunr: any, index: CompactSearchIndex, fn: (query: any) => void): any[] {
  const query = new lunr.Query(index.fields);
  fn.call(query, query);
  const nf = index.fields.length;
  const queryVectors = index.fields.map(() => new Map<number, number>());
  const termFields: number[] = [];
  const listed = new Set<number>();
  const stemmer = lunr.Pipeline.load(['stemmer']);
  for (const clause of query.clauses) {
    const terms: string[] = clause.usePipeline ? stemmer.runString(clause.term, { fields: clause.fields }) : [clause.term];
    for (const term of terms) {
      for (const t of expandTerms(lunr, index, term, clause.editDistance)) {
        for (const field of clause.fields) {
          const f = index.fields.indexOf(field);
          queryVectors[f].set(t, (queryVectors[f].get(t) || 0) + clause.boost);
          if (!listed.has(t * nf + f)) termFields.push(t * nf + f);
          listed.add(t * nf + f);
        }
      }
    }
  }
  const order = fieldsInLunrOrder(index, termFields);
  const dots = fieldDots(index, termFields, queryVectors);
  const magnitudes = queryVectors.map((vector) => {
    let sum = 0;
    for (const t of Array.from(vector.keys()).sort((a, b) => a - b)) sum += vector.get(t)! * vector.get(t)!;
    return Math.sqrt(sum);
  });
  const results: any[] = [];
  const byDoc = new Map<number, any>();
  const lazyMatchData = {
    get matchData(): any {
      return this.data || (this.data = matchData(index, Number(this.ref), termFields));
    },
  } as any;
  for (const docField of order) {
    const f = docField % nf;
    const doc = (docField - f) / nf;
    const score = dots[docField] / magnitudes[f] || 0;
    const result = byDoc.get(doc);
    if (result) {
      result.score += score;
      continue;
    }
    const created = Object.create(lazyMatchData);
    created.ref = String(doc);
    created.score = score;
    created.data = null;
    byDoc.set(doc, created);
    results.push(created);
  }
  return results.sort((a, b) => b.score - a.score);
}

/** The matched (entry × fields + field) pairs in the order lunr meets them: by term as expanded, then entry. */
export function fieldsInLunrOrder(index: CompactSearchIndex, termFields: number[]): number[] {
  const nf = index.fields.length;
  const seen = new Uint8Array(index.lengths.length);
  const order: number[] = [];
  for (const termField of termFields) {
    const f = termField % nf;
    const t = (termField - f) / nf;
    const list = postingsOf(index, t);
    for (let i = 0; i < list.length; i += 2) {
      const docField = list[i];
      if (docField % nf !== f || seen[docField]) continue;
      seen[docField] = 1;
      order.push(docField);
    }
  }
  return order;
}

/**
 * Per (entry × fields + field): the dot product of the field's query vector and the entry's BM25 vector,
 * with lunr's weights (idf from the number of pairs holding the term, rounded to three decimals), terms
 * taken in id order.
 */
export function fieldDots(index: CompactSearchIndex, termFields: number[], queryVectors: Map<number, number>[]): Float64Array {
  const nf = index.fields.length;
  const n = index.lengths.length / nf;
  const dots = new Float64Array(index.lengths.length);
  const { k1, b } = index;
  for (const termField of termFields.slice().sort((x, y) => x - y)) {
    const f = termField % nf;
    const t = (termField - f) / nf;
    const list = postingsOf(index, t);
    const withTerm = list.length / 2;
    const idf = Math.log(1 + Math.abs((n - withTerm + 0.5) / (withTerm + 0.5)));
    const boost = queryVectors[f].get(t)!;
    for (let i = 0; i < list.length; i += 2) {
      const docField = list[i];
      if (docField % nf !== f) continue;
      const tf = list[i + 1];
      let weight = (idf * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (index.lengths[docField] / index.averages[f])) + tf);
      weight *= index.boosts[f];
      dots[docField] += boost * (Math.round(weight * 1000) / 1000);
    }
  }
  return dots;
}

/** lunr's match data of one result: per matched term and field, the term's positions (found on first read). */
export function matchData(index: CompactSearchIndex, doc: number, termFields: number[]): any {
  const nf = index.fields.length;
  const metadata: any = Object.create(null);
  for (const termField of termFields) {
    const f = termField % nf;
    const t = (termField - f) / nf;
    const docField = doc * nf + f;
    if (!holds(index, t, docField)) continue;
    const term = index.terms[t];
    const fields = metadata[term] || (metadata[term] = Object.create(null));
    Object.defineProperty((fields[index.fields[f]] = {}), 'position', { get: () => termPositions(index, docField, term), enumerable: true });
  }
  return { metadata };
}

/** Whether term t's postings hold the pair (they are in ascending order). */
export function holds(index: CompactSearchIndex, t: number, docField: number): boolean {
  const list = postingsOf(index, t);
  let low = 0;
  let high = list.length / 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[2 * mid] < docField) low = mid + 1;
    else high = mid;
  }
  return list[2 * low] === docField;
}
