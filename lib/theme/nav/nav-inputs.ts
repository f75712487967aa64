import type { Site } from '../../model/site.js';
import { isHtmlPage } from '../../render/site-payload.js';
import { navEntryOf, type NavEntry } from './nav-entry.js';

/** The titled entries of every title namespace: '' for the site's HTML pages, else a collection's label. */
export type NavInputs = ReadonlyMap<string, readonly NavEntry[]>;

export function navInputsOf(site: Site): NavInputs {
  const inputs = new Map<string, NavEntry[]>([['', titledEntries(site.pages.filter(isHtmlPage))]]);
  for (const collection of site.collections) inputs.set(collection.label, titledEntries(collection.docs));
  return inputs;
}

/** Whether two builds' navigations are made from the same entries (the documents themselves may differ). */
export function sameNavInputs(a: NavInputs, b: NavInputs): boolean {
  if (a.size !== b.size) return false;
  for (const [key, entries] of a) {
    const other = b.get(key);
    if (!other || other.length !== entries.length) return false;
    if (!entries.every((entry, i) => sameEntry(entry, other[i]!))) return false;
  }
  return true;
}

function titledEntries(docs: readonly Parameters<typeof navEntryOf>[0][]): NavEntry[] {
  const entries: NavEntry[] = [];
  for (const doc of docs) {
    const entry = navEntryOf(doc);
    if (entry) entries.push(entry);
  }
  return entries;
}

function sameEntry(a: NavEntry, b: NavEntry): boolean {
  for (const key of Object.keys(a) as (keyof NavEntry)[]) {
    if (key !== 'document' && !sameValue(a[key], b[key])) return false;
  }
  return true;
}

/** Titles and nav orders are front matter values: numbers, strings, or (rarely) lists and times. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return a.constructor === b.constructor && JSON.stringify(a) === JSON.stringify(b) && String(a) === String(b);
}
