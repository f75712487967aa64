import type { CompactIndex } from './compact-index.js';
import { entryTerms } from './entry-terms.js';
import { fieldWordsFor } from './field-words.js';
import { standardIndexSpec } from './index-spec.js';
import type { Lunr } from './lunr-module.js';
import type { SearchCache } from './search-cache.js';
import type { SearchDocument } from './search-data.js';
import { separatorRegExp, type SearchSettings } from './search-settings.js';
import { wordTerms } from './word-terms.js';

/**
 * The index of the entries as just-the-docs' lunr setup makes it (its fields and boosts, the site's
 * tokenizer separator, lunr's pipeline), in the compact form the page reads. Each entry's terms are
 * kept between rebuilds while the entry is the same object (the search cache hands back unchanged
 * pages' entries), and so is the index: only the lists of changed entries' terms are made again.
 */
export function buildCompactIndex(docs: SearchDocument[], settings: SearchSettings, cache: SearchCache, lunr: Lunr): CompactIndex {
  const spec = standardIndexSpec(settings);
  const fields = spec.fields.map(([name]) => name);
  const separator = separatorRegExp(settings.tokenizerSeparator);
  const words = fieldWordsFor(separator);
  const termOf = wordTerms(lunr);
  const key = `${separator.source}/${separator.flags} ${fields.join(',')}`;
  const entries = docs.map((doc) => cache.entryTerms(doc, key, () => entryTerms(doc, fields, words, termOf)));
  return cache.index.index(entries, spec);
}
