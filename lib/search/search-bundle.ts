import type { CompactIndex } from './compact-index.js';
import { varintReader } from './browser/decode-varints.js';
import { decodeEntries } from './browser/decode-entries.js';
import { expandTerms, firstAtLeast, termId, termTrie } from './browser/expand-terms.js';
import { fieldTokens } from './browser/field-tokens.js';
import { entriesByScore, entryScores, matchData, queryCompactIndex, queryMagnitudes, queryTerms, rankedResults, resultsByScore, scoreLists, scoreTerms } from './browser/query-compact-index.js';
import { postingsOf, readCompactIndex } from './browser/read-compact-index.js';
import { readSearchIndex, withPositions } from './browser/search-index-reader.js';
import { separatorTest } from './browser/separator-test.js';
import { fieldWords, firstWordCharacter, termPositions } from './browser/term-positions.js';
import { textTools } from './browser/text-tools.js';
import { groupEntries } from './entry-groups.js';
import type { SearchDocument } from './search-data.js';

/** lunr's own serialization, for indexes a custom hook changed in ways the compact index does not represent. */
export interface SerializedIndex {
  format: 'lunr';
  fields: [string, number][];
  index: Record<string, unknown>;
}

/** What the browser receives: the entries (grouped by page), the tokenizer separator and the index. */
export interface SearchPayload {
  baseurl: string;
  separator: [string, string];
  entries: unknown[];
  index: CompactIndex | SerializedIndex;
}

export function searchPayload(docs: SearchDocument[], baseurl: string, separator: RegExp, index: CompactIndex | SerializedIndex): SearchPayload {
  return { baseurl, separator: [separator.source, separator.flags], entries: groupEntries(docs, baseurl), index };
}

/** The functions that run in the page; each refers to the others by name. */
const PAGE_FUNCTIONS: ((...args: never[]) => unknown)[] = [
  readSearchIndex,
  withPositions,
  decodeEntries,
  textTools,
  readCompactIndex,
  postingsOf,
  varintReader,
  separatorTest,
  fieldTokens,
  queryCompactIndex,
  queryTerms,
  scoreTerms,
  scoreLists,
  rankedResults,
  entryScores,
  entriesByScore,
  resultsByScore,
  queryMagnitudes,
  matchData,
  expandTerms,
  firstAtLeast,
  termId,
  termTrie,
  termPositions,
  fieldWords,
  firstWordCharacter,
];

/** The function's source with each line's indentation removed (the sources have no multi-line strings). */
function withoutIndentation(source: string): string {
  return source.replace(/\n[ \t]+/g, '\n');
}

/**
 * The search index script: the page's index reader and query functions and the payload, handed to
 * `window.jtdSearchIndexLoaded(read, payload)` (or parked in `window.jtdSearchIndexPending` if the page
 * has not asked yet). A script, not JSON, so that it also loads when the site is opened from file://.
 */
export function searchIndexScript(payload: SearchPayload): string {
  return scriptBeforePayload() + JSON.stringify(payload) + scriptAfterPayload();
}

/**
 * Chrome's explicit compile hint: every function of the file is compiled while the script downloads, on
 * a background thread, instead of on the page's thread when the first query calls it.
 */
const COMPILE_ALL_FUNCTIONS = '//# allFunctionsCalledOnLoad';

const BEFORE_PAYLOAD = [COMPILE_ALL_FUNCTIONS, '/* Search index of this site, made at build time. */', '(function () {', ...PAGE_FUNCTIONS.map((fn) => withoutIndentation(fn.toString())), 'var payload = '].join('\n');

/** The script up to the payload's JSON. */
export function scriptBeforePayload(): string {
  return BEFORE_PAYLOAD;
}

/** The script after the payload's JSON. */
export function scriptAfterPayload(): string {
  return [
    ';',
    'if (typeof window.jtdSearchIndexLoaded === "function") window.jtdSearchIndexLoaded(readSearchIndex, payload);',
    'else window.jtdSearchIndexPending = [readSearchIndex, payload];',
    '})();',
    '',
  ].join('\n');
}
