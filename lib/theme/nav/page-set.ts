import type { NavEntry } from './nav-entry.js';
import { sortSiblings, type NavSort } from './sort-siblings.js';

/** Which rules a tree follows: the sidebar's, or the breadcrumbs' and TOC's (excluded pages included). */
export type NavVariant = 'sidebar' | 'all';

/**
 * One title namespace of the navigation: the site's HTML pages, or one collection's documents.
 * Children are looked up by parent title, so building a whole tree costs O(pages).
 */
export class PageSet {
  private readonly byParent = new Map<string, NavEntry[]>();
  private readonly topTitles: Set<string>;
  private readonly byUrl = new Map<string, NavEntry>();
  readonly tops: NavEntry[];

  constructor(
    readonly entries: readonly NavEntry[],
    private readonly sort: NavSort,
  ) {
    for (const entry of entries) {
      if (!this.byUrl.has(entry.url)) this.byUrl.set(entry.url, entry);
      const list = this.byParent.get(entry.parent);
      if (list) list.push(entry);
      else this.byParent.set(entry.parent, [entry]);
    }
    this.tops = sortSiblings(this.byParent.get('') ?? [], sort);
    this.topTitles = new Set(this.tops.map((e) => e.title));
  }

  /** The first titled page of the set at `url`. */
  entryAt(url: string): NavEntry | null {
    return this.byUrl.get(url) ?? null;
  }

  /** The sorted children of `node`, whose ancestors' titles (top first) are `ancestors`. */
  children(node: NavEntry, ancestors: readonly string[], variant: NavVariant): NavEntry[] {
    if (variant === 'sidebar' && node.childrenHidden) return [];
    const candidates = node.title === '' ? [] : this.byParent.get(node.title) ?? [];
    const accepted = candidates.filter((child) => this.isChildOf(child, node, ancestors));
    const sorted = sortSiblings(accepted, this.sort);
    return node.childrenReversed ? sorted.reverse() : sorted;
  }

  private isChildOf(child: NavEntry, node: NavEntry, ancestors: readonly string[]): boolean {
    if (child.grandParent !== null && (node.parent === '' || child.grandParent !== node.parent)) return false;
    if (child.ancestor !== null && child.ancestor !== node.title && !ancestors.includes(child.ancestor)) return false;
    if (child.grandParent !== null || child.ancestor !== null) return true;
    // Compatibility: an unqualified parent title that names a top-level page binds only to that page.
    return ancestors.length === 0 || !this.topTitles.has(child.parent);
  }
}
