/* eslint-disable @typescript-eslint/no-explicit-any */
import type { CompactSearchIndex } from './read-compact-index.js';

/**
 * Runs in the browser. The ids of the index terms one query term stands for, in the order lunr's
 * token set intersection lists them: `*` matches any characters; with an edit distance, lunr's own
 * fuzzy token set is intersected with a token set of all terms (built once, on first use). Without
 * an edit distance the sorted terms are searched directly, and ordered as lunr's depth-first walk
 * of its term trie gives them: a term before its extensions, later branches first (digit edges,
 * which JavaScript orders before other keys, last).
 */
export function expandTerms(lunr: any, index: CompactSearchIndex, term: string, editDistance: number | undefined): number[] {
  if (editDistance !== undefined) {
    if (!index.tokenSet) index.tokenSet = termTrie(lunr, index.terms);
    const found: string[] = index.tokenSet.intersect(lunr.TokenSet.fromFuzzyString(term, editDistance)).toArray();
    return found.map((t) => termId(index.terms, t));
  }
  const star = term.indexOf('*');
  if (star < 0) {
    const id = term === '' ? -1 : termId(index.terms, term);
    return id < 0 ? [] : [id];
  }
  const sorted = index.terms;
  const prefix = term.slice(0, star);
  const pattern = new RegExp('^' + term.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*') + '$');
  const matches: number[] = [];
  for (let i = firstAtLeast(sorted, prefix); i < sorted.length && sorted[i].startsWith(prefix); i++) {
    if (sorted[i] !== '' && pattern.test(sorted[i])) matches.push(i);
  }
  const rank = (code: number) => (code >= 48 && code <= 57 ? code - 65536 : code);
  return matches.sort((x, y) => {
    const a = sorted[x];
    const b = sorted[y];
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return rank(b.charCodeAt(i)) - rank(a.charCodeAt(i));
    return a.length - b.length;
  });
}

/** The place of the first sorted term not less than `text`. */
export function firstAtLeast(sorted: string[], text: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < text) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A term's id, or -1. */
export function termId(sorted: string[], term: string): number {
  const at = firstAtLeast(sorted, term);
  return sorted[at] === term ? at : -1;
}

/** A plain trie of the terms; lunr's minimised one answers the same intersections but costs far more to build. */
export function termTrie(lunr: any, sorted: string[]): any {
  const root = new lunr.TokenSet();
  for (const term of sorted) {
    let node = root;
    for (let c = 0; c < term.length; c++) node = node.edges[term[c]] || (node.edges[term[c]] = new lunr.TokenSet());
    node.final = true;
  }
  return root;
}
