import { readSearchIndex } from './browser/search-index-reader.js';
import type { CompactIndex, SerializedIndex } from './compact-index.js';
import type { SearchDocument } from './search-data.js';

/** What the browser receives: the entries (relUrl left out where url = baseurl + relUrl), the separator and the index. */
export interface SearchPayload {
  baseurl: string;
  separator: [string, string];
  docs: Record<string, unknown>[];
  index: CompactIndex | SerializedIndex;
}

export function searchPayload(docs: SearchDocument[], baseurl: string, separator: RegExp, index: CompactIndex | SerializedIndex): SearchPayload {
  return {
    baseurl,
    separator: [separator.source, separator.flags],
    docs: docs.map((doc) => (doc.url === baseurl + doc.relUrl ? withoutRelUrl(doc) : doc)),
    index,
  };
}

function withoutRelUrl(doc: SearchDocument): Record<string, unknown> {
  const { relUrl: _relUrl, ...rest } = doc;
  return rest;
}

/**
 * The search index script: the reader and the payload, handed to `window.jtdSearchIndexLoaded(read, payload)`
 * (or parked in `window.jtdSearchIndexPending` if the page has not asked yet). A script, not JSON, so that
 * it also loads when the site is opened from file://.
 */
export function searchIndexScript(payload: SearchPayload): string {
  return [
    '/* Search index of this site, made at build time. */',
    '(function () {',
    `  var read = ${readSearchIndex.toString()};`,
    `  var payload = ${JSON.stringify(payload)};`,
    '  if (typeof window.jtdSearchIndexLoaded === "function") window.jtdSearchIndexLoaded(read, payload);',
    '  else window.jtdSearchIndexPending = [read, payload];',
    '})();',
    '',
  ].join('\n');
}
