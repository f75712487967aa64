import path from 'node:path';
import type { Hash } from '../config/merge.js';
import type { Collection } from '../model/collection.js';
import type { Document } from '../model/document.js';
import { RUBY_TO_S } from '../liquid/ruby/kinds.js';
import type { DependencyTracker } from '../deps/tracker.js';
import { settleCssNow } from './pending-css.js';

/**
 * Fills a collection document's Liquid object (Jekyll's DocumentDrop): its data, then the fields
 * Jekyll computes. `excerpt` renders on first use, as Jekyll's Excerpt#output does.
 */
export function fillDocumentView(doc: Document, previous: Document | null, next: Document | null, excerpt: () => unknown): void {
  const view = doc.liquid;
  for (const [key, value] of Object.entries(doc.data)) if (key !== 'excerpt') view[key] = value;
  Object.assign(view, {
    content: null,
    output: null,
    path: doc.relativePath,
    relative_path: doc.relativePath,
    url: doc.url,
    collection: doc.collection?.label ?? null,
    id: documentId(doc),
    name: typeof doc.data.name === 'string' ? doc.data.name : path.posix.basename(doc.relativePath),
  });
  defineLazy(view, 'excerpt', excerpt);
  Object.defineProperty(view, RUBY_TO_S, { value: () => (settleCssNow(doc), doc.output ?? doc.content), enumerable: false });
  defineLazy(view, 'previous', () => previous?.liquid ?? null);
  defineLazy(view, 'next', () => next?.liquid ?? null);
}

/** `previous`/`next` depend on the collection's order and membership. */
export function recordNeighbours(doc: Document, deps: DependencyTracker): void {
  const label = doc.collection?.label ?? 'pages';
  for (const name of ['previous', 'next']) {
    const get = Object.getOwnPropertyDescriptor(doc.liquid, name)?.get;
    if (get) defineLazy(doc.liquid, name, () => (deps.record(`list:${label}`), get()));
  }
}

/**
 * `content` and `output` of a page or document read live from the document (raw until it is rendered,
 * then converted), recording that the reader depends on it.
 */
export function bindLiveFields(doc: Document, deps: DependencyTracker): void {
  const key = `content:${doc.sourcePath}`;
  defineLazy(doc.liquid, 'content', () => {
    deps.record(key);
    settleCssNow(doc);
    return doc.content;
  });
  if (doc.kind === 'document') {
    defineLazy(doc.liquid, 'output', () => {
      deps.record(key);
      settleCssNow(doc);
      return doc.output;
    });
  }
}

function defineLazy(view: Hash, key: string, get: () => unknown): void {
  Object.defineProperty(view, key, { get, enumerable: true, configurable: true });
}

function documentId(doc: Document): string {
  const slug = doc.data.slug ?? path.posix.basename(doc.relativePath, doc.ext);
  return path.posix.join(path.posix.dirname(doc.url), String(slug));
}

/** Jekyll's CollectionDrop. */
export function fillCollectionView(collection: Collection, absoluteDirectory: string): void {
  Object.assign(collection.liquid, {
    ...collection.config.metadata,
    label: collection.label,
    docs: collection.docs.map((d) => d.liquid),
    files: collection.files.map((f) => f.liquid),
    directory: absoluteDirectory,
    relative_directory: `_${collection.label}`,
    output: collection.config.output,
  });
}
