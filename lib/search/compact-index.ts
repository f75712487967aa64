import type { BuiltIndex } from './build-lunr-index.js';
import type { Lunr, LunrBuilder } from './lunr-module.js';

/**
 * The index in a compact form the browser turns into a lunr index without tokenizing or stemming
 * anything: the sorted terms; per term and field, the documents containing it (delta-coded, base 36,
 * `:tf` when the term occurs more than once); per field, each document's length in terms. The browser
 * computes lunr's BM25 field vectors from these exactly as lunr's builder does.
 */
export interface CompactIndex {
  format: 'compact';
  lunrVersion: string;
  fields: [string, number][];
  k1: number;
  b: number;
  terms: string[];
  /** One line per term; fields separated by a space; entries by commas. */
  postings: string;
  /** Per field: document lengths, base 36, comma-separated. */
  lengths: string[];
}

/** lunr's own serialization, for indexes a custom hook changed in ways the compact form cannot hold. */
export interface SerializedIndex {
  format: 'lunr';
  index: Record<string, unknown>;
}

export function encodeIndex(built: BuiltIndex, lunr: Lunr, fieldNames: string[]): CompactIndex | SerializedIndex {
  const { builder } = built;
  if (!isStandard(builder, lunr, fieldNames)) return { format: 'lunr', index: built.index.toJSON() };
  const terms = Object.keys(builder.invertedIndex).sort();
  return {
    format: 'compact',
    lunrVersion: lunr.version,
    fields: fieldNames.map((name) => [name, builder._fields[name].boost || 1]),
    k1: builder._k1,
    b: builder._b,
    terms,
    postings: terms.map((term) => termLine(builder, term, fieldNames)).join('\n'),
    lengths: fieldNames.map((field) => lengthsOf(builder, field)),
  };
}

function termLine(builder: LunrBuilder, term: string, fieldNames: string[]): string {
  return fieldNames
    .map((field) => {
      let previous = 0;
      return Object.keys(builder.invertedIndex[term][field])
        .map((ref) => {
          const n = Number(ref);
          const tf = builder.fieldTermFrequencies[`${field}/${ref}`][term];
          const entry = (n - previous).toString(36) + (tf > 1 ? `:${tf.toString(36)}` : '');
          previous = n;
          return entry;
        })
        .join(',');
    })
    .join(' ');
}

function lengthsOf(builder: LunrBuilder, field: string): string {
  const lengths: string[] = [];
  for (let n = 0; n < builder.documentCount; n++) lengths.push((builder.fieldLengths[`${field}/${n}`] ?? 0).toString(36));
  return lengths.join(',');
}

/** Whether the builder is as just-the-docs configures it (a custom hook may have changed it). */
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
