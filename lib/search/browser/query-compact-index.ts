/* eslint-disable @typescript-eslint/no-explicit-any */
import { expandTerms } from './expand-terms.js';
import { postingsOf, type CompactSearchIndex } from './read-compact-index.js';
import { termPositions } from './term-positions.js';

/**
 * One index term a query reads. Per field: the summed boost of the clauses that ask for it there, and
 * `met`, when lunr first meets it there (-1: not asked for in that field). lunr walks clauses, then each
 * clause's expanded terms, then the clause's fields, then the entries in order; `met` is that walk's
 * (clause term) count × fields + the field's place in the clause, so that (met, entry) orders the
 * (entry, field) pairs as lunr first meets them.
 */
export interface QueryTerm {
  id: number;
  boosts: Float64Array;
  met: Int32Array;
}

/**
 * Runs in the browser. Answers a query built with lunr's Query API as `lunr.Index#query` does for
 * optional clauses (the search box's kind): the same expanded terms, per-field query vectors, BM25
 * weights rounded to three decimals, cosine-like scores summed over fields, results in lunr's order
 * (by score, ties in the order lunr first meets them). Scores equal lunr's except that a field's
 * matched terms are summed in alphabetical rather than first-seen order (a difference in the last
 * bits, only when three or more terms match one field). Each term's postings are read once; each
 * result's `matchData` is made when read.
 */
export function queryCompactIndex(lunr: any, index: CompactSearchIndex, fn: (query: any) => void): any[] {
  const query = new lunr.Query(index.fields);
  fn.call(query, query);
  const terms = queryTerms(lunr, index, query.clauses);
  const matches = scoreTerms(index, terms);
  return rankedResults(index, terms, matches);
}

/** The index terms the clauses expand to, in id order, with their per-field boosts and first meetings. */
export function queryTerms(lunr: any, index: CompactSearchIndex, clauses: any[]): QueryTerm[] {
  const nf = index.fields.length;
  const byId = new Map<number, QueryTerm>();
  const stemmer = lunr.Pipeline.load(['stemmer']);
  let walked = 0;
  for (const clause of clauses) {
    const words: string[] = clause.usePipeline ? stemmer.runString(clause.term, { fields: clause.fields }) : [clause.term];
    for (const word of words) {
      for (const id of expandTerms(lunr, index, word, clause.editDistance)) {
        let term = byId.get(id);
        if (!term) byId.set(id, (term = { id, boosts: new Float64Array(nf), met: new Int32Array(nf).fill(-1) }));
        for (let place = 0; place < clause.fields.length; place++) {
          const f = index.fields.indexOf(clause.fields[place]);
          term.boosts[f] += clause.boost;
          if (term.met[f] < 0) term.met[f] = walked * nf + place;
        }
        walked++;
      }
    }
  }
  return Array.from(byId.values()).sort((a, b) => a.id - b.id);
}

/**
 * What the query's terms found, per (entry × fields + field) pair: `dots`, the dot product of the field's
 * query vector and the pair's BM25 vector; `firstMet`, when lunr first meets the pair (-1: not met);
 * `met`, the pairs met in no particular order; and the terms each pair holds, as linked lists: `head`
 * per pair, `next` and `term` (an index into the query's terms) per match.
 */
export interface QueryMatches {
  dots: Float64Array;
  firstMet: Int32Array;
  met: Int32Array;
  head: Int32Array;
  next: Int32Array;
  term: Int32Array;
}

/**
 * Reads each term's postings once, in id order, adding its share to the dot products of the pairs that
 * hold it, with lunr's weights (idf from the number of pairs holding the term, rounded to three decimals).
 */
export function scoreTerms(index: CompactSearchIndex, terms: QueryTerm[]): QueryMatches {
  const lists = terms.map((term) => postingsOf(index, term.id));
  let pairs = 0;
  for (const list of lists) pairs += list.length / 2;
  const found: QueryMatches = {
    dots: new Float64Array(index.lengths.length),
    firstMet: new Int32Array(index.lengths.length).fill(-1),
    met: new Int32Array(index.lengths.length),
    head: new Int32Array(index.lengths.length).fill(-1),
    next: new Int32Array(pairs),
    term: new Int32Array(pairs),
  };
  const metCount = scoreLists(index, lists, terms, found);
  found.met = found.met.subarray(0, metCount);
  return found;
}

/**
 * The terms' shares, one list after the other, in one loop: on a first query the engine optimises a long
 * running loop sooner than a function called once per term, and a value kept in a local is not boxed.
 * Returns how many pairs were met.
 */
export function scoreLists(index: CompactSearchIndex, lists: Int32Array[], terms: QueryTerm[], found: QueryMatches): number {
  const nf = index.fields.length;
  const n = index.lengths.length / nf;
  const { k1, norms } = index;
  const fieldBoosts = index.boosts;
  const { dots, firstMet, met, head, next, term } = found;
  let metCount = 0;
  let k = 0;
  for (let q = 0; q < lists.length; q++) {
    const list = lists[q];
    const withTerm = list.length / 2;
    const idf = Math.log(1 + Math.abs((n - withTerm + 0.5) / (withTerm + 0.5)));
    const boosts = terms[q].boosts;
    const when = terms[q].met;
    for (let i = 0; i < list.length; i += 2) {
      const docField = list[i];
      const f = docField % nf;
      if (when[f] < 0) continue;
      const tf = list[i + 1];
      const weight = ((idf * ((k1 + 1) * tf)) / (norms[docField] + tf)) * fieldBoosts[f];
      dots[docField] += boosts[f] * (Math.round(weight * 1000) / 1000);
      const known = firstMet[docField];
      if (known < 0) met[metCount++] = docField;
      if (known < 0 || when[f] < known) firstMet[docField] = when[f];
      term[k] = q;
      next[k] = head[docField];
      head[docField] = k++;
    }
  }
  return metCount;
}

/**
 * One result per entry met: its fields' scores (dot product over the query vector's magnitude) summed in
 * the order lunr meets the fields, sorted by score, ties in the order lunr first meets the entries.
 * Sorted with the engine's numeric sort (a comparator costs more than the query on large result sets):
 * entries by when they are first met, then grouped by score in that order, then the scores. Each loop
 * is a function of its own, small for the engine to optimise.
 */
export function rankedResults(index: CompactSearchIndex, terms: QueryTerm[], matches: QueryMatches): any[] {
  const scores = new Float64Array(index.lengths.length / index.fields.length);
  const metOrder = entryScores(index, queryMagnitudes(terms, index.fields.length), matches, scores);
  const lazyMatchData = {
    get matchData(): any {
      return this.data || (this.data = matchData(index, terms, matches, Number(this.ref)));
    },
  } as any;
  return resultsByScore(entriesByScore(metOrder.sort(), scores), scores, lazyMatchData);
}

/**
 * Each entry met gets its score in `scores`; returns the entries as (when first met × entries + entry),
 * in no particular order.
 */
export function entryScores(index: CompactSearchIndex, magnitudes: number[], matches: QueryMatches, scores: Float64Array): Float64Array {
  const nf = index.fields.length;
  const entries = scores.length;
  const { dots, firstMet } = matches;
  const done = new Uint8Array(entries);
  const metOrder = new Float64Array(entries);
  const fields = new Int32Array(nf);
  let found = 0;
  for (const docField of matches.met) {
    const doc = (docField - (docField % nf)) / nf;
    if (done[doc]) continue;
    done[doc] = 1;
    let count = 0;
    for (let f = 0; f < nf; f++) {
      const own = doc * nf + f;
      if (firstMet[own] < 0) continue;
      let at = count++;
      for (; at > 0 && firstMet[fields[at - 1]] > firstMet[own]; at--) fields[at] = fields[at - 1];
      fields[at] = own;
    }
    let score = 0;
    for (let i = 0; i < count; i++) score += dots[fields[i]] / magnitudes[fields[i] % nf] || 0;
    scores[doc] = score;
    metOrder[found++] = firstMet[fields[0]] * entries + doc;
  }
  return metOrder.subarray(0, found);
}

/** The entries of each score, in the order given (sorted (when first met × entries + entry) keys). */
export function entriesByScore(metOrder: Float64Array, scores: Float64Array): Map<number, number[]> {
  const byScore = new Map<number, number[]>();
  const entries = scores.length;
  for (let i = 0; i < metOrder.length; i++) {
    const doc = metOrder[i] % entries;
    const same = byScore.get(scores[doc]);
    if (same) same.push(doc);
    else byScore.set(scores[doc], [doc]);
  }
  return byScore;
}

/** The results, highest score first; each inherits the lazy `matchData`. */
export function resultsByScore(byScore: Map<number, number[]>, scores: Float64Array, lazyMatchData: any): any[] {
  const results: any[] = [];
  const distinct = Float64Array.from(byScore.keys()).sort();
  for (let s = distinct.length - 1; s >= 0; s--) {
    const docs = byScore.get(distinct[s])!;
    for (let i = 0; i < docs.length; i++) {
      const result = Object.create(lazyMatchData);
      result.ref = String(docs[i]);
      result.score = scores[docs[i]];
      result.data = null;
      results.push(result);
    }
  }
  return results;
}

/** Per field, the length of the query vector (its boosts, terms in id order). */
export function queryMagnitudes(terms: QueryTerm[], nf: number): number[] {
  const magnitudes: number[] = [];
  for (let f = 0; f < nf; f++) {
    let sum = 0;
    for (const term of terms) if (term.met[f] >= 0) sum += term.boosts[f] * term.boosts[f];
    magnitudes.push(Math.sqrt(sum));
  }
  return magnitudes;
}

/** lunr's match data of one result: per matched term and field, the term's positions (found on first read). */
export function matchData(index: CompactSearchIndex, terms: QueryTerm[], matches: QueryMatches, doc: number): any {
  const nf = index.fields.length;
  const metadata: any = Object.create(null);
  for (let f = 0; f < nf; f++) {
    const docField = doc * nf + f;
    for (let k = matches.head[docField]; k >= 0; k = matches.next[k]) {
      const term = index.terms[terms[matches.term[k]].id];
      const fields = metadata[term] || (metadata[term] = Object.create(null));
      Object.defineProperty((fields[index.fields[f]] = {}), 'position', { get: () => termPositions(index, docField, term), enumerable: true });
    }
  }
  return { metadata };
}
