import path from 'node:path';
import type { Hash } from '../config/merge.js';
import type { Collection } from '../model/collection.js';
import type { Document } from '../model/document.js';

/**
 * Fills a collection document's Liquid object (Jekyll's DocumentDrop): its data, then the fields
 * Jekyll computes. `excerpt` renders on first use, as Jekyll's Excerpt#output does.
 */
export function fillDocumentView(doc: Document, previous: Document | null, next: Document | null, excerpt: () => unknown): void {
  const view = doc.liquid;
  for (const [key, value] of Object.entries(doc.data)) if (key !== 'excerpt') view[key] = value;
  Object.assign(view, {
    content: doc.content,
    output: doc.output,
    path: doc.relativePath,
    relative_path: doc.relativePath,
    url: doc.url,
    collection: doc.collection?.label ?? null,
    id: documentId(doc),
    name: typeof doc.data.name === 'string' ? doc.data.name : path.posix.basename(doc.relativePath),
  });
  defineLazy(view, 'excerpt', excerpt);
  defineLazy(view, 'previous', () => previous?.liquid ?? null);
  defineLazy(view, 'next', () => next?.liquid ?? null);
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
