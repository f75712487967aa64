import { createRequire } from 'node:module';

/** The parts of lunr 2.3.9 that the build uses (lunr ships no types). */
export interface LunrToken {
  toString(): string;
  metadata: Record<string, unknown>;
}

export type LunrPipelineFunction = (token: LunrToken, i: number, tokens: LunrToken[]) => unknown;

export interface LunrPipeline {
  _stack: LunrPipelineFunction[];
  add(...fns: LunrPipelineFunction[]): void;
  run(tokens: LunrToken[]): LunrToken[];
}

export interface LunrIndex {
  toJSON(): Record<string, unknown>;
  query(fn: (query: unknown) => void): { ref: string; score: number; matchData: { metadata: Record<string, Record<string, Record<string, unknown>>> } }[];
  search(text: string): { ref: string; score: number }[];
}

export interface LunrBuilder {
  _ref: string;
  _fields: Record<string, { boost?: number; extractor?: unknown }>;
  _documents: Record<string, { boost?: number }>;
  _b: number;
  _k1: number;
  invertedIndex: Record<string, Record<string, Record<string, unknown>>>;
  fieldTermFrequencies: Record<string, Record<string, number>>;
  fieldLengths: Record<string, number>;
  documentCount: number;
  metadataWhitelist: string[];
  tokenizer: (value: unknown, metadata?: Record<string, unknown>) => LunrToken[];
  pipeline: LunrPipeline;
  searchPipeline: LunrPipeline;
  ref(name: string): void;
  field(name: string, attributes?: { boost?: number }): void;
  add(doc: Record<string, unknown>, attributes?: { boost?: number }): void;
  build(): LunrIndex;
}

export interface Lunr {
  (config: (this: LunrBuilder, builder: LunrBuilder) => void): LunrIndex;
  version: string;
  Builder: new () => LunrBuilder;
  Index: { load(serialized: unknown): LunrIndex };
  Pipeline: { load(names: string[]): LunrPipeline };
  Token: new (text: string, metadata: Record<string, unknown>) => LunrToken;
  tokenizer: ((value: unknown, metadata?: Record<string, unknown>) => LunrToken[]) & { separator: RegExp };
  trimmer: LunrPipelineFunction;
  stopWordFilter: LunrPipelineFunction;
  stemmer: LunrPipelineFunction;
}

/** lunr, loaded once per call site from jtd's own dependencies. */
export function loadLunr(): Lunr {
  return createRequire(import.meta.url)('lunr') as Lunr;
}

/** Where lunr's browser build lives, to ship it with the site. */
export function lunrBrowserBuildPath(): string {
  return createRequire(import.meta.url).resolve('lunr/lunr.min.js');
}
