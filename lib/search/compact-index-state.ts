import { postingValues, type CompactIndex, type CompactIndexSpec } from './compact-index.js';
import { forEachTerm, type EntryTerms } from './entry-terms.js';
import { encodeVarints, frontCode } from './varint-text.js';
import { firstAtLeast } from './browser/expand-terms.js';

/** Past this share of changed entries, making the lists anew is cheaper than patching them. */
const PATCH_LIMIT = 0.25;

/**
 * The compact index kept between the builds of a serving session: each term's (pair, tf) list, its
 * encoded postings and the sorted terms. When the entries are as many as last time, only the lists of
 * the terms of entries that are not the same object change (an entry's pairs keep their numbers);
 * otherwise, or with other fields, the index is made anew. Equal to `compactIndex` on the same entries.
 */
export class CompactIndexState {
  private entries: EntryTerms[] = [];
  private specKey = '';
  private readonly lists = new Map<string, number[]>();
  private readonly postings = new Map<string, string>();
  private sorted: string[] = [];

  index(entries: EntryTerms[], spec: CompactIndexSpec): CompactIndex {
    const specKey = JSON.stringify(spec);
    if (specKey !== this.specKey || !this.canPatch(entries)) this.rebuild(entries, spec.fields.length);
    else this.patch(entries, spec.fields.length);
    this.entries = entries;
    this.specKey = specKey;
    const postings = this.sorted.map((term) => this.postings.get(term)!);
    return { format: 'compact', ...spec, terms: frontCode(this.sorted), postings, lengths: encodeVarints(entries.flatMap((e) => e.lengths)) };
  }

  /** Lets go of the lists: the next index is made anew. */
  clear(): void {
    this.entries = [];
    this.specKey = '';
    this.lists.clear();
    this.postings.clear();
    this.sorted = [];
  }

  private canPatch(entries: EntryTerms[]): boolean {
    if (entries.length !== this.entries.length) return false;
    let changed = 0;
    for (let i = 0; i < entries.length; i++) if (entries[i] !== this.entries[i]) changed++;
    return changed <= entries.length * PATCH_LIMIT;
  }

  private rebuild(entries: EntryTerms[], nf: number): void {
    this.lists.clear();
    this.postings.clear();
    entries.forEach((entry, doc) => forEachPair(entry, doc, nf, (term, pair, tf) => appendPair(this.lists, term, pair, tf)));
    this.sorted = [...this.lists.keys()].sort();
    for (const term of this.sorted) this.postings.set(term, encodeVarints(postingValues(this.lists.get(term)!)));
  }

  private patch(entries: EntryTerms[], nf: number): void {
    const dirty = new Set<string>();
    entries.forEach((entry, doc) => {
      const before = this.entries[doc];
      if (before === entry) return;
      forEachPair(before, doc, nf, (term, pair) => {
        removePair(this.lists.get(term)!, pair);
        dirty.add(term);
      });
      forEachPair(entry, doc, nf, (term, pair, tf) => {
        insertPair(this.lists, term, pair, tf);
        dirty.add(term);
      });
    });
    for (const term of dirty) this.reencode(term);
  }

  /** A changed term's postings; a term whose list emptied leaves the index, a new one enters it in order. */
  private reencode(term: string): void {
    const list = this.lists.get(term);
    if (!list || list.length === 0) {
      this.lists.delete(term);
      if (this.postings.delete(term)) this.sorted.splice(firstAtLeast(this.sorted, term), 1);
      return;
    }
    if (!this.postings.has(term)) this.sorted.splice(firstAtLeast(this.sorted, term), 0, term);
    this.postings.set(term, encodeVarints(postingValues(list)));
  }
}

/** Each (term, pair, tf) of one entry, pairs numbered entry × fields + field. */
function forEachPair(entry: EntryTerms, doc: number, nf: number, visit: (term: string, pair: number, tf: number) => void): void {
  for (let f = 0; f < nf; f++) forEachTerm(entry.fields[f], (term, tf) => visit(term, doc * nf + f, tf));
}

function appendPair(lists: Map<string, number[]>, term: string, pair: number, tf: number): void {
  const list = lists.get(term);
  if (list) list.push(pair, tf);
  else lists.set(term, [pair, tf]);
}

function insertPair(lists: Map<string, number[]>, term: string, pair: number, tf: number): void {
  const list = lists.get(term);
  if (!list) lists.set(term, [pair, tf]);
  else list.splice(2 * pairPlace(list, pair), 0, pair, tf);
}

function removePair(list: number[], pair: number): void {
  list.splice(2 * pairPlace(list, pair), 2);
}

/** The place of `pair` (or where it would go) among a list's pairs, by binary search. */
function pairPlace(list: number[], pair: number): number {
  let low = 0;
  let high = list.length / 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[2 * mid] < pair) low = mid + 1;
    else high = mid;
  }
  return low;
}
