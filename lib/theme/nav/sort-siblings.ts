import { parseSortInput } from '../../liquid/filters/item-property.js';
import { rubyCompare } from '../../liquid/ruby/compare.js';
import { liquidValue } from '../../liquid/ruby/kinds.js';
import { toS } from '../../liquid/ruby/to-s.js';
import type { NavEntry } from './nav-entry.js';

export type NavSort = 'case_sensitive' | 'case_insensitive';

/**
 * Siblings in just-the-docs order: pages with a `nav_order` before pages without one; within each, numbers
 * (and booleans) before strings; the key is the `nav_order`, else the title.
 */
export function sortSiblings(entries: readonly NavEntry[], mode: NavSort): NavEntry[] {
  const groups: NavEntry[][] = [[], [], [], []];
  for (const entry of entries) {
    const ordered = entry.navOrder !== undefined;
    const key = sortKey(entry);
    const isText = typeof liquidValue(key) === 'string';
    groups[(ordered ? 0 : 2) + (isText ? 1 : 0)]!.push(entry);
  }
  return [
    ...sortByKey(groups[0]!, jekyllCompare),
    ...sortByKey(groups[1]!, textCompare(mode)),
    ...sortByKey(groups[2]!, jekyllCompare),
    ...sortByKey(groups[3]!, textCompare(mode)),
  ];
}

function sortKey(entry: NavEntry): unknown {
  return entry.navOrder !== undefined ? entry.navOrder : entry.titleValue;
}

function sortByKey(entries: NavEntry[], compare: (a: unknown, b: unknown) => number): NavEntry[] {
  return entries.sort((a, b) => compare(sortKey(a), sortKey(b)));
}

function textCompare(mode: NavSort): (a: unknown, b: unknown) => number {
  return mode === 'case_insensitive' ? casecmp : jekyllCompare;
}

/** Jekyll's `sort` filter on a property: numeric-looking values compared as numbers, else as Ruby strings. */
function jekyllCompare(a: unknown, b: unknown): number {
  const x = parseSortInput(a);
  const y = parseSortInput(b);
  return rubyCompare(x, y) ?? byteCompare(toS(x), toS(y));
}

/** Liquid's `sort_natural`: ASCII case-insensitive comparison of the printed values. */
function casecmp(a: unknown, b: unknown): number {
  return byteCompare(asciiDowncase(toS(a)), asciiDowncase(toS(b)));
}

function asciiDowncase(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

function byteCompare(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
