import type { CustomIndexHook } from './custom-index-hook.js';
import type { Lunr, LunrBuilder, LunrIndex, LunrToken } from './lunr-module.js';
import type { SearchDocument } from './search-data.js';
import { separatorRegExp, type SearchSettings } from './search-settings.js';
import type { TermCache } from './term-cache.js';

export interface IndexInputs {
  lunr: Lunr;
  /** The entries; the custom hook may change them (they are then shipped as changed). */
  docs: SearchDocument[];
  settings: SearchSettings;
  hook: CustomIndexHook | null;
  terms: TermCache;
}

export interface BuiltIndex {
  builder: LunrBuilder;
  index: LunrIndex;
}

/**
 * The lunr index just-the-docs builds in the browser, built here: ref `id` (the entry's key), fields
 * `title` (boost 200), `content` (boost 2) and `relUrl` unless `rel_url: false`, the configured tokenizer
 * separator, the custom hook before each add. Position metadata is not stored: the browser finds the
 * positions of the few results it shows (see the index reader).
 */
export function buildLunrIndex(inputs: IndexInputs): BuiltIndex {
  const { lunr, docs, settings } = inputs;
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.add(lunr.stemmer);
  cacheTerms(builder, inputs);
  builder.ref('id');
  builder.field('title', { boost: 200 });
  builder.field('content', { boost: 2 });
  if (settings.relUrl) builder.field('relUrl');
  docs.forEach((_, n) => {
    const i = String(n);
    inputs.hook?.(builder, docs, i, lunr);
    const doc = docs[n];
    builder.add({ id: i, title: doc.title, content: doc.content, relUrl: doc.relUrl });
  });
  return { builder, index: builder.build() };
}

/** Makes the builder reuse the terms of texts it indexed in an earlier build (default pipeline only). */
function cacheTerms(builder: LunrBuilder, inputs: IndexInputs): void {
  const { lunr, terms } = inputs;
  const separator = separatorRegExp(inputs.settings.tokenizerSeparator);
  const fresh = new WeakMap<LunrToken[], string>();
  const reused = new WeakMap<LunrToken[], LunrToken[]>();
  const tokenize = (value: unknown, metadata?: Record<string, unknown>) => withSeparator(lunr, separator, () => lunr.tokenizer(value, metadata));
  const run = builder.pipeline.run.bind(builder.pipeline);
  const cachedRun = (tokens: LunrToken[]): LunrToken[] => {
    const known = reused.get(tokens);
    if (known) return known;
    const result = run(tokens);
    const key = fresh.get(tokens);
    if (key !== undefined) terms.set(key, result);
    return result;
  };
  builder.pipeline.run = cachedRun;
  builder.tokenizer = (value, metadata) => {
    const cacheable = typeof value === 'string' && builder.pipeline.run === cachedRun && hasDefaultPipeline(builder, lunr);
    if (!cacheable) return tokenize(value, metadata);
    const key = `${separator.source}\u0000${String((metadata?.fields as string[] | undefined)?.[0])}\u0000${value}`;
    const known = terms.get(key);
    if (known) {
      const marker: LunrToken[] = [];
      reused.set(marker, known);
      return marker;
    }
    const tokens = tokenize(value, metadata);
    fresh.set(tokens, key);
    return tokens;
  };
}

function hasDefaultPipeline(builder: LunrBuilder, lunr: Lunr): boolean {
  const stack = builder.pipeline._stack;
  return stack.length === 3 && stack[0] === lunr.trimmer && stack[1] === lunr.stopWordFilter && stack[2] === lunr.stemmer;
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
