import { hash } from 'node:crypto';
import type { NavEntry } from './nav-entry.js';
import type { PagePlace, ThemeNav } from './theme-nav.js';

/** What a page's breadcrumbs, children list or nav error report show, computed from the navigation. */
export type NavValueKind = 'crumbs' | 'children' | 'loop';

/**
 * A page depends on these values rather than on every page of the site: a rebuild re-renders it only when
 * the value it showed is different now. The dependency key carries the place and a hash of the value.
 */
export function navValue(nav: ThemeNav, kind: NavValueKind, place: PagePlace): unknown {
  if (kind === 'crumbs') return nav.ancestors(place).map(linkView);
  if (kind === 'children') return nav.children(place).map(linkView);
  return nav.loop ? { title: nav.loop.title, path: nav.loop.path } : null;
}

export function navValueKey(kind: NavValueKind, place: PagePlace, value: unknown): string {
  return `navvalue:${kind}:${place.collection ?? ''}:${place.url}:${hashOf(value)}`;
}

/** Whether a key recorded by an earlier build still holds for this build's navigation. */
export function navValueStillHolds(nav: ThemeNav, key: string): boolean {
  const match = /^navvalue:(crumbs|children|loop):([^:]*):(.*):([^:]+)$/.exec(key);
  if (!match) return false;
  const [, kind, collection, url, hash] = match;
  const place = { collection: collection === '' ? null : collection, url };
  return hashOf(navValue(nav, kind as NavValueKind, place)) === hash;
}

export function linkView(entry: NavEntry): Record<string, unknown> {
  return { title: entry.title, url: entry.url, summary: entry.summary };
}

function hashOf(value: unknown): string {
  return hash('sha1', JSON.stringify(value) ?? 'null', 'base64');
}
