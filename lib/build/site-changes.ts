import type { Hash } from '../config/merge.js';
import type { Document } from '../model/document.js';
import { documentsByPath, type Site } from '../model/site.js';
import { isWithin } from '../util/is-within.js';

/** What differs between two reads of a site, as dependency keys (see DependencyTracker). */
export interface SiteChanges {
  keys: Set<string>;
  /**
   * The keys a document can have read that changed: these keys (but `doc:`, which no document records),
   * and `content:` of each changed document.
   */
  readKeys: string[];
  /** A page or document was added, removed, or changed its front matter or URL: every site list changed. */
  listsChanged: boolean;
  /** The set of static files changed. */
  staticChanged: boolean;
  /** Whether a value a page showed from the navigation (`navvalue:` keys) is the same in the new build. */
  navValueStillHolds: (key: string) => boolean;
}

/** Both reads must use the same configuration, time and source cache: a file parsed once gives the same document. */
export function diffSites(before: Site, after: Site, changedPaths: string[], sassDirs: string[]): SiteChanges {
  const keys = new Set<string>();
  let listsChanged = false;
  const old = documentsByPath(before);
  const now = documentsByPath(after);
  for (const [sourcePath, doc] of now) {
    const prior = old.get(sourcePath);
    if (prior && prior.origin === doc.origin) continue;
    if (!prior || doc.rawContent !== prior.rawContent) keys.add(`doc:${sourcePath}`);
    if (!prior || metaOf(doc) !== metaOf(prior)) {
      keys.add(`doc:${sourcePath}`);
      listsChanged = true;
    }
  }
  for (const sourcePath of old.keys()) {
    if (!now.has(sourcePath)) {
      keys.add(`doc:${sourcePath}`);
      listsChanged = true;
    }
  }
  diffLayouts(before, after, keys);
  diffData(before.data, after.data, keys);
  for (const changed of changedPaths) {
    // Any file can be included: `include_relative` takes pages and files beside them.
    keys.add(`include:${changed}`);
    if (sassDirs.some((dir) => isWithin(dir, changed))) keys.add('sass');
  }
  return { keys, readKeys: readKeysOf(keys), listsChanged, staticChanged: staticSignature(before) !== staticSignature(after), navValueStillHolds: () => false };
}

/**
 * A document rendered again whose content came out different (an include it uses changed): documents
 * after it that show its content must be rendered again too.
 */
export function noteContentChanged(changes: SiteChanges, sourcePath: string): void {
  const key = `doc:${sourcePath}`;
  if (changes.keys.has(key)) return;
  changes.keys.add(key);
  changes.readKeys.push(`content:${sourcePath}`);
}

/** `SiteChanges.readKeys` of these changed keys. */
export function readKeysOf(keys: Set<string>): string[] {
  return [...keys].map((key) => (key.startsWith('doc:') ? `content:${key.slice(4)}` : key));
}

/**
 * Whether a document that read `deps` last time must be rendered again. With `ignoreSidebar`, the theme's
 * sidebar does not count (a kept page can have its sidebar filled again without rendering).
 */
export function isAffected(deps: Set<string> | undefined, changes: SiteChanges, ignoreSidebar = false): boolean {
  if (!deps) return true;
  // With no list changed, only the few changed keys count: each is looked up among the document's many.
  if (!changes.listsChanged && !changes.staticChanged) return changes.readKeys.some((key) => deps.has(key));
  for (const key of deps) {
    if (changes.keys.has(key)) return true;
    if (key === 'nav:sidebar' && changes.listsChanged && !ignoreSidebar) return true;
    if (key.startsWith('navvalue:') && changes.listsChanged && !changes.navValueStillHolds(key)) return true;
    if (key.startsWith('content:') && changes.keys.has(`doc:${key.slice(8)}`)) return true;
    if (key.startsWith('list:') && listChanged(key, changes)) return true;
  }
  return false;
}

/** Static files alone make up `site.static_files` and `site.html_files`; documents and collections hold both kinds. */
function listChanged(key: string, changes: SiteChanges): boolean {
  if (key === 'list:static_files' || key === 'list:html_files') return changes.staticChanged;
  if (key === 'list:documents' || key === 'list:collections') return changes.listsChanged || changes.staticChanged;
  return changes.listsChanged;
}

/** What lists, navigation and other pages can show of a document besides its body. */
export function metaOf(doc: Document): string {
  return stableJson({ data: doc.data, url: doc.url, dest: doc.destPath, date: String(doc.date) });
}

function diffLayouts(before: Site, after: Site, keys: Set<string>): void {
  const names = new Set([...before.layouts.keys(), ...after.layouts.keys()]);
  for (const name of names) {
    const a = before.layouts.get(name);
    const b = after.layouts.get(name);
    if (!a || !b || a.content !== b.content || stableJson(a.data) !== stableJson(b.data) || a.sourcePath !== b.sourcePath) {
      keys.add(`layout:${name}`);
    }
  }
}

function diffData(before: Hash, after: Hash, keys: Set<string>): void {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (stableJson(before[key]) !== stableJson(after[key])) keys.add(`data:${key}`);
  }
}

function staticSignature(site: Site): string {
  return site.staticFiles.map((f) => `${f.relativePath}\u0000${f.destPath}`).join('\n');
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Object && !Array.isArray(v) && v.constructor !== Object ? String(v) : v)) ?? 'undefined';
}


