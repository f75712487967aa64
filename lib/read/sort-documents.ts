import type { Collection } from '../model/collection.js';
import type { Document } from '../model/document.js';
import { compareNames } from './walk.js';

/** Collection#sort_docs!: an explicit `order`, a `sort_by` key, or date then path. */
export function sortDocuments(collection: Collection): void {
  const docs = [...collection.docs].sort(compareDocuments);
  if (collection.config.order) collection.docs = byExplicitOrder(collection, docs, collection.config.order);
  else if (collection.config.sortBy) collection.docs = byKey(docs, collection.config.sortBy);
  else collection.docs = docs;
}

export function compareDocuments(a: Document, b: Document): number {
  const byDate = (a.date?.epochMs ?? 0) - (b.date?.epochMs ?? 0);
  return byDate !== 0 ? byDate : compareNames(a.absolutePath, b.absolutePath);
}

function byExplicitOrder(collection: Collection, docs: Document[], order: string[]): Document[] {
  const dir = `_${collection.label}`;
  const listed = order.map((entry) => docs.find((d) => d.relativePath === `${dir}/${entry}`)).filter((d): d is Document => !!d);
  return [...listed, ...docs.filter((d) => !listed.includes(d))];
}

function byKey(docs: Document[], key: string): Document[] {
  return docs.sort((a, b) => {
    const x = a.data[key];
    const y = b.data[key];
    if ((x === null || x === undefined) && y !== null && y !== undefined) return 1;
    if (x !== null && x !== undefined && (y === null || y === undefined)) return -1;
    const order = compareValues(x, y);
    return order === 0 ? compareDocuments(a, b) : order;
  });
}

function compareValues(x: unknown, y: unknown): number {
  if (x === null || x === undefined || y === null || y === undefined) return 0;
  const [a, b] = [x.valueOf(), y.valueOf()];
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return compareNames(a, b);
  return 0;
}
