import type { CustomIndexHook } from './custom-index-hook.js';
import { searchFields } from './index-spec.js';
import type { Lunr, LunrBuilder, LunrIndex } from './lunr-module.js';
import type { SearchDocument } from './search-data.js';
import { separatorRegExp, type SearchSettings } from './search-settings.js';

export interface IndexInputs {
  lunr: Lunr;
  /** The entries; the custom hook may change them (they are then shipped as changed). */
  docs: SearchDocument[];
  settings: SearchSettings;
  hook: CustomIndexHook;
}

export interface BuiltIndex {
  builder: LunrBuilder;
  index: LunrIndex;
}

/**
 * The lunr index just-the-docs builds in the browser, built here for a site with a custom index hook
 * (`lunr/custom-index.js` runs with `this` = the builder before each add): ref `id` (the entry's key),
 * just-the-docs' fields and boosts, the configured tokenizer separator.
 */
export function buildLunrIndex(inputs: IndexInputs): BuiltIndex {
  const { lunr, docs, settings } = inputs;
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.add(lunr.stemmer);
  const separator = separatorRegExp(settings.tokenizerSeparator);
  builder.tokenizer = (value, metadata) => withSeparator(lunr, separator, () => lunr.tokenizer(value, metadata));
  builder.ref('id');
  for (const [name, boost] of searchFields(settings)) builder.field(name, boost === 1 ? undefined : { boost });
  docs.forEach((_, n) => {
    const i = String(n);
    inputs.hook(builder, docs, i, lunr);
    const doc = docs[n];
    builder.add({ id: i, title: doc.title, content: doc.content, relUrl: doc.relUrl });
  });
  return { builder, index: builder.build() };
}

/** lunr keeps its separator on the shared tokenizer; set it only for the duration of one call. */
function withSeparator<T>(lunr: Lunr, separator: RegExp, run: () => T): T {
  const before = lunr.tokenizer.separator;
  lunr.tokenizer.separator = separator;
  try {
    return run();
  } finally {
    lunr.tokenizer.separator = before;
  }
}
