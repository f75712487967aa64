import type { BuiltIndex } from './build-lunr-index.js';
import { compactIndex, type CompactIndex, type CompactIndexSpec } from './compact-index.js';
import { flatTerms, type EntryTerms } from './entry-terms.js';
import type { Lunr, LunrBuilder } from './lunr-module.js';
import type { SerializedIndex } from './search-bundle.js';
import type { SearchSettings } from './search-settings.js';

/** just-the-docs' lunr fields and boosts: title 200, content 2, and relUrl unless `rel_url: false`. */
export function searchFields(settings: SearchSettings): [string, number][] {
  const fields: [string, number][] = [['title', 200], ['content', 2]];
  if (settings.relUrl) fields.push(['relUrl', 1]);
  return fields;
}

/** The index as just-the-docs configures lunr: its fields and boosts, lunr's BM25 defaults (k1 1.2, b 0.75). */
export function standardIndexSpec(settings: SearchSettings): CompactIndexSpec {
  return { fields: searchFields(settings), k1: 1.2, b: 0.75 };
}

/**
 * For a site with a custom index hook, which ran against a real lunr builder: if the builder is still
 * as just-the-docs configures it (the hook changed only entries, field boosts, or k1 and b), the compact
 * index made from the builder's own counts; otherwise lunr's serialized index.
 */
export function hookedIndex(built: BuiltIndex, lunr: Lunr, settings: SearchSettings): CompactIndex | SerializedIndex {
  const { builder } = built;
  const fields = searchFields(settings).map(([name]): [string, number] => [name, builder._fields[name]?.boost || 1]);
  const names = fields.map(([name]) => name);
  if (!isStandard(builder, lunr, names)) return { format: 'lunr', fields, index: built.index.toJSON() };
  return compactIndex(builderEntryTerms(builder, names), { fields, k1: builder._k1, b: builder._b });
}

/** The builder's term frequencies and field lengths, per entry. */
function builderEntryTerms(builder: LunrBuilder, fields: string[]): EntryTerms[] {
  return Array.from({ length: builder.documentCount }, (_, n) => ({
    fields: fields.map((field) => flatTerms(new Map(Object.entries(builder.fieldTermFrequencies[`${field}/${n}`] ?? {})))),
    lengths: fields.map((field) => builder.fieldLengths[`${field}/${n}`] ?? 0),
  }));
}

function isStandard(builder: LunrBuilder, lunr: Lunr, fieldNames: string[]): boolean {
  const fields = Object.keys(builder._fields);
  const stack = builder.pipeline._stack;
  const searchStack = builder.searchPipeline._stack;
  return (
    builder._ref === 'id' &&
    fields.join('\u0000') === fieldNames.join('\u0000') &&
    fields.every((f) => builder._fields[f].extractor === undefined) &&
    Object.values(builder._documents).every((d) => d.boost === undefined || d.boost === 1) &&
    builder.metadataWhitelist.length === 0 &&
    stack.length === 3 && stack[0] === lunr.trimmer && stack[1] === lunr.stopWordFilter && stack[2] === lunr.stemmer &&
    searchStack.length === 1 && searchStack[0] === lunr.stemmer &&
    Object.keys(builder._documents).every((ref, n) => ref === String(n))
  );
}
