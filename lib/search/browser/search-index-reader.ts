/* eslint-disable @typescript-eslint/no-explicit-any */
import { buildTextIndex, type TextIndex } from './build-text-index.js';
import { decodeEntries } from './decode-entries.js';
import { queryTextIndex } from './query-text-index.js';
import { termPositions } from './term-positions.js';

/**
 * Runs in the browser (its source and the functions it calls are shipped in the search index script):
 * the entries, and an index with lunr's `query(fn)` made from them in the page. A site whose custom
 * index hook changed lunr's builder ships lunr's serialized index instead; its results get `position`
 * metadata on first read too. Sets lunr's tokenizer separator to the site's, for the search box.
 */
export function readSearchIndex(lunr: any, payload: any, siteRoot: string | null): { index: any; docs: any[] } {
  const docs = decodeEntries(payload.entries, payload.baseurl, siteRoot);
  lunr.tokenizer.separator = new RegExp(payload.separator[0], payload.separator[1]);
  const spec = Object.assign({ separator: payload.separator }, payload.index);
  if (payload.index.format === 'text') {
    const text = buildTextIndex(lunr, docs, spec);
    return { index: { query: (fn: any) => queryTextIndex(lunr, text, fn) }, docs };
  }
  const text = buildTextIndex(lunr, [], spec);
  text.docs = docs;
  const index = lunr.Index.load(payload.index.index);
  return { index: { query: (fn: any) => withPositions(text, index.query(fn)) }, docs };
}

export function withPositions(text: TextIndex, results: any[]): any[] {
  for (const result of results) {
    const metadata = result.matchData.metadata;
    for (const term of Object.keys(metadata)) {
      for (const field of Object.keys(metadata[term])) {
        const docField = Number(result.ref) * text.fields.length + text.fields.indexOf(field);
        Object.defineProperty(metadata[term][field], 'position', { get: () => termPositions(text, docField).get(text.ids.get(term)!) || [], enumerable: true, configurable: true });
      }
    }
  }
  return results;
}
