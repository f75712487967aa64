/* eslint-disable @typescript-eslint/no-explicit-any */
import { fieldTokens } from './field-tokens.js';
import { separatorTest } from './separator-test.js';

/** What the page keeps to answer queries: lunr's inverted index, term frequencies and field lengths. */
export interface TextIndex {
  fields: string[];
  boosts: number[];
  k1: number;
  b: number;
  docs: any[];
  isSeparator: (code: number) => boolean;
  /** The term id of a token's text after lunr's pipeline, or -1 when the pipeline drops it. */
  termOf: (word: string) => number;
  /** Terms by id; ids in order of first occurrence, as lunr numbers them. */
  terms: string[];
  ids: Map<string, number>;
  /** Per term: `docField, tf` pairs, docField = doc × fields + field, ascending. */
  postings: number[][];
  /** Per docField: its number of terms. */
  lengths: number[];
  averages: number[];
  /** Built on first use: the terms sorted, and a lunr token set of them. */
  sorted: string[] | null;
  tokenSet: any;
  /** Per docField, once asked for: each term's token positions, [start, length]. */
  positions: Map<number, Map<number, number[][]>>;
}

/**
 * Runs in the browser. Indexes the entries as lunr's builder does (tokenizer with the site's separator,
 * trimmer, stop word filter and stemmer run once per distinct word), keeping only what scoring needs.
 */
export function buildTextIndex(lunr: any, docs: any[], spec: any): TextIndex {
  const fields: string[] = spec.fields.map((f: any) => f[0]);
  const nf = fields.length;
  const pipeline = lunr.Pipeline.load(['trimmer', 'stopWordFilter', 'stemmer']);
  const wordTerms = new Map<string, number>();
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const postings: number[][] = [];
  const last: number[] = [];
  const slot: number[] = [];
  const lengths: number[] = [];
  const sums: number[] = fields.map(() => 0);
  function termOf(word: string): number {
    let id = wordTerms.get(word);
    if (id !== undefined) return id;
    const out: string[] = pipeline.runString(word);
    id = out.length === 0 ? -1 : ids.get(out[0]);
    if (id === undefined) {
      id = terms.length;
      ids.set(out[0], id);
      terms.push(out[0]);
      postings.push([]);
      last.push(-1);
      slot.push(0);
    }
    wordTerms.set(word, id);
    return id;
  }
  const separator = new RegExp(spec.separator[0], spec.separator[1]);
  const isSeparator = separatorTest(separator);
  const known = new Uint8Array(65536);
  let key = 0;
  let length = 0;
  function count(word: string): void {
    let t = wordTerms.get(word);
    if (t === undefined) t = termOf(word);
    if (t < 0) return;
    length++;
    if (last[t] === key) {
      postings[t][slot[t]]++;
    } else {
      last[t] = key;
      slot[t] = postings[t].length + 1;
      postings[t].push(key, 1);
    }
  }
  function countText(text: string): void {
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length) {
        const code = text.charCodeAt(i);
        if (known[code] === 0) known[code] = isSeparator(code) ? 1 : 2;
        if (known[code] === 2) continue;
      }
      if (i > start) count(text.slice(start, i));
      start = i + 1;
    }
  }
  for (let d = 0; d < docs.length; d++) {
    for (let f = 0; f < nf; f++) {
      key = d * nf + f;
      length = 0;
      const value = docs[d][fields[f]];
      if (typeof value === 'string') countText(value.toLowerCase());
      else fieldTokens(value, isSeparator, count);
      lengths.push(length);
      sums[f] += length;
    }
  }
  return {
    fields,
    boosts: spec.fields.map((f: any) => f[1]),
    k1: spec.k1,
    b: spec.b,
    docs,
    isSeparator,
    termOf,
    terms,
    ids,
    postings,
    lengths,
    averages: sums.map((sum) => sum / docs.length),
    sorted: null,
    tokenSet: null,
    positions: new Map(),
  };
}
