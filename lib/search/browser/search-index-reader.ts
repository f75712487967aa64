/* eslint-disable @typescript-eslint/no-explicit-any */
import { decodeEntries } from './decode-entries.js';
import { queryCompactIndex } from './query-compact-index.js';
import { readCompactIndex } from './read-compact-index.js';
import { separatorTest } from './separator-test.js';
import { termPositions } from './term-positions.js';
import { textTools, type TextTools } from './text-tools.js';

/**
 * Runs in the browser (its source and the functions it calls are shipped in the search index script):
 * the entries, and the index made at build time, with lunr's `query(fn)`. A site whose custom index
 * hook changed lunr's builder ships lunr's serialized index instead; its results get `position`
 * metadata on first read too. Sets lunr's tokenizer separator to the site's, for the search box.
 */
export function readSearchIndex(lunr: any, payload: any, siteRoot: string | null): { index: any; docs: any[] } {
  const docs = decodeEntries(payload.entries, payload.baseurl, siteRoot);
  const separator = new RegExp(payload.separator[0], payload.separator[1]);
  lunr.tokenizer.separator = separator;
  const tools = textTools(lunr, docs, payload.index.fields.map((f: any) => f[0]), separatorTest(separator));
  if (payload.index.format === 'compact') {
    const compact = readCompactIndex(tools, payload.index);
    return { index: { query: (fn: any) => queryCompactIndex(lunr, compact, fn) }, docs };
  }
  const index = lunr.Index.load(payload.index.index);
  return { index: { query: (fn: any) => withPositions(tools, index.query(fn)) }, docs };
}

export function withPositions(tools: TextTools, results: any[]): any[] {
  for (const result of results) {
    const metadata = result.matchData.metadata;
    for (const term of Object.keys(metadata)) {
      for (const field of Object.keys(metadata[term])) {
        const docField = Number(result.ref) * tools.fields.length + tools.fields.indexOf(field);
        Object.defineProperty(metadata[term][field], 'position', { get: () => termPositions(tools, docField, term), enumerable: true, configurable: true });
      }
    }
  }
  return results;
}
