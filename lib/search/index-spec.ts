import type { BuiltIndex } from './build-lunr-index.js';
import type { Lunr, LunrBuilder } from './lunr-module.js';
import type { SerializedIndex, TextIndexSpec } from './search-bundle.js';
import type { SearchSettings } from './search-settings.js';

/** just-the-docs' lunr fields and boosts: title 200, content 2, and relUrl unless `rel_url: false`. */
export function searchFields(settings: SearchSettings): [string, number][] {
  const fields: [string, number][] = [['title', 200], ['content', 2]];
  if (settings.relUrl) fields.push(['relUrl', 1]);
  return fields;
}

/** How the page indexes the entries when no custom hook is involved: lunr's defaults (k1 1.2, b 0.75). */
export function textIndexSpec(settings: SearchSettings): TextIndexSpec {
  return { format: 'text', fields: searchFields(settings), k1: 1.2, b: 0.75 };
}

/**
 * For a site with a custom index hook, which ran against a real lunr builder: if the builder is still
 * as just-the-docs configures it (the hook changed only entries, or k1 and b), the page indexes the
 * shipped entries itself; otherwise it gets lunr's serialized index.
 */
export function hookedIndexSpec(built: BuiltIndex, lunr: Lunr, settings: SearchSettings): TextIndexSpec | SerializedIndex {
  const { builder } = built;
  const fields = searchFields(settings).map(([name]): [string, number] => [name, builder._fields[name]?.boost || 1]);
  if (!isStandard(builder, lunr, fields.map(([name]) => name))) return { format: 'lunr', fields, index: built.index.toJSON() };
  return { format: 'text', fields, k1: builder._k1, b: builder._b };
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
