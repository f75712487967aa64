/* eslint-disable @typescript-eslint/no-explicit-any */
import { varintReader } from './decode-varints.js';
import type { TextTools } from './text-tools.js';

/** The shipped index as the page queries it (see the build's compact-index for the format). */
export interface CompactSearchIndex extends TextTools {
  boosts: number[];
  k1: number;
  /** Sorted; a term's id is its place here. */
  terms: string[];
  /** Per term, its postings text as shipped; `lists[t]` once decoded (see postingsOf). */
  postings: string[];
  lists: (Int32Array | undefined)[];
  /** Where decoded lists are kept: views of a few large buffers (one buffer per list costs far more to allocate). */
  pool: { buffer: Int32Array; used: number };
  lengths: Int32Array;
  /** Per (entry × fields + field), BM25's length normalisation `k1 × (1 − b + b × length ÷ average)`, made once. */
  norms: Float64Array;
  /** A lunr token set of all terms, made when a fuzzy query first needs it. */
  tokenSet: any;
}

/** Runs in the browser: decodes the terms and the field lengths; postings are decoded when a query reads them. */
export function readCompactIndex(tools: TextTools, spec: any): CompactSearchIndex {
  const nf = tools.fields.length;
  const terms: string[] = new Array(spec.terms.length);
  let previous = '';
  for (let t = 0; t < terms.length; t++) {
    const coded: string = spec.terms[t];
    previous = terms[t] = previous.slice(0, coded.charCodeAt(0) - 48) + coded.slice(1);
  }
  const lengths = new Int32Array(tools.docs.length * nf);
  const sums: number[] = tools.fields.map(() => 0);
  const nextLength = varintReader(spec.lengths);
  for (let i = 0; i < lengths.length; i++) sums[i % nf] += lengths[i] = nextLength();
  const averages = sums.map((sum) => sum / tools.docs.length);
  const norms = new Float64Array(lengths.length);
  for (let i = 0; i < lengths.length; i++) norms[i] = spec.k1 * (1 - spec.b + spec.b * (lengths[i] / averages[i % nf]));
  return Object.assign(tools, {
    boosts: spec.fields.map((f: any) => f[1]),
    k1: spec.k1,
    terms,
    postings: spec.postings,
    lists: new Array(terms.length),
    pool: { buffer: new Int32Array(0), used: 0 },
    lengths,
    norms,
    tokenSet: null,
  });
}

/** Runs in the browser. Term t's pairs, (entry × fields + field, tf) in ascending order, decoded on first use. */
export function postingsOf(index: CompactSearchIndex, t: number): Int32Array {
  const known = index.lists[t];
  if (known) return known;
  const text = index.postings[t];
  const pool = index.pool;
  if (pool.buffer.length - pool.used < text.length * 2) {
    pool.buffer = new Int32Array(Math.max(65536, text.length * 2));
    pool.used = 0;
  }
  const list = pool.buffer;
  const start = pool.used;
  let at = start;
  let docField = -1;
  let value = 0;
  let tfFollows = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code > 92 ? code - 36 : code - 35;
    if (digit >= 45) {
      value = value * 45 + digit - 45;
      continue;
    }
    value = value * 45 + digit;
    if (tfFollows) {
      list[at - 1] = value + 2;
      tfFollows = false;
    } else {
      docField += (value >> 1) + 1;
      list[at++] = docField;
      list[at++] = 1;
      tfFollows = (value & 1) === 1;
    }
    value = 0;
  }
  pool.used = at;
  return (index.lists[t] = list.subarray(start, at));
}
