import { buildTextIndex } from './browser/build-text-index.js';
import { decodeEntries } from './browser/decode-entries.js';
import { expandTerms, sortedTerms, termTrie } from './browser/expand-terms.js';
import { fieldTokens } from './browser/field-tokens.js';
import { fieldScore, matchData, queryTextIndex } from './browser/query-text-index.js';
import { readSearchIndex, withPositions } from './browser/search-index-reader.js';
import { separatorTest } from './browser/separator-test.js';
import { termPositions } from './browser/term-positions.js';
import { groupEntries } from './entry-groups.js';
import type { SearchDocument } from './search-data.js';

/** How the page indexes the entries: lunr's fields with their boosts and BM25 parameters. */
export interface TextIndexSpec {
  format: 'text';
  fields: [string, number][];
  k1: number;
  b: number;
}

/** lunr's own serialization, for indexes a custom hook changed in ways the page's indexer does not reproduce. */
export interface SerializedIndex {
  format: 'lunr';
  fields: [string, number][];
  index: Record<string, unknown>;
}

/** What the browser receives: the entries (grouped by page), the tokenizer separator and how to index them. */
export interface SearchPayload {
  baseurl: string;
  separator: [string, string];
  entries: unknown[];
  index: TextIndexSpec | SerializedIndex;
}

export function searchPayload(docs: SearchDocument[], baseurl: string, separator: RegExp, index: TextIndexSpec | SerializedIndex): SearchPayload {
  return { baseurl, separator: [separator.source, separator.flags], entries: groupEntries(docs, baseurl), index };
}

/** The functions that run in the page; each refers to the others by name. */
const PAGE_FUNCTIONS: ((...args: never[]) => unknown)[] = [
  readSearchIndex,
  withPositions,
  decodeEntries,
  buildTextIndex,
  separatorTest,
  fieldTokens,
  queryTextIndex,
  fieldScore,
  matchData,
  expandTerms,
  sortedTerms,
  termTrie,
  termPositions,
];

/** The function's source with each line's indentation removed (the sources have no multi-line strings). */
function withoutIndentation(source: string): string {
  return source.replace(/\n[ \t]+/g, '\n');
}

/**
 * The search index script: the page's indexer and query functions and the payload, handed to
 * `window.jtdSearchIndexLoaded(read, payload)` (or parked in `window.jtdSearchIndexPending` if the page
 * has not asked yet). A script, not JSON, so that it also loads when the site is opened from file://.
 */
export function searchIndexScript(payload: SearchPayload): string {
  return [
    '/* Search index of this site, made at build time. */',
    '(function () {',
    ...PAGE_FUNCTIONS.map((fn) => withoutIndentation(fn.toString())),
    `var payload = ${JSON.stringify(payload)};`,
    'if (typeof window.jtdSearchIndexLoaded === "function") window.jtdSearchIndexLoaded(readSearchIndex, payload);',
    'else window.jtdSearchIndexPending = [readSearchIndex, payload];',
    '})();',
    '',
  ].join('\n');
}
