import type { NavEntry } from './nav-entry.js';
import { sameNavInputs, type NavInputs } from './nav-inputs.js';
import { buildTree, walkTree, type NavNode } from './nav-tree.js';
import { PageSet } from './page-set.js';
import { SidebarHtml, type NavOverrides, type UrlFunctions } from './sidebar-html.js';
import type { NavSettings } from './theme-config.js';

/** Where a page is: its collection's label (null for the site's pages) and its URL. */
export interface PagePlace {
  readonly collection: string | null;
  readonly url: string;
}

/** The page that made the nav error report: titled like its parent or an ancestor. */
export interface NavLoop {
  readonly title: string;
  readonly path: string;
}

/**
 * just-the-docs' navigation, computed once per build: the sidebar (rendered once, marked per page),
 * and the breadcrumbs and children of any page, from the same trees.
 */
export class ThemeNav {
  readonly sidebar: SidebarHtml;
  readonly loop: NavLoop | null;
  private readonly sets = new Map<string, PageSet>();
  private readonly firstPaths = new Map<string, Map<string, readonly NavNode[]>>();

  constructor(
    private readonly inputs: NavInputs,
    private readonly settings: NavSettings,
    urls: UrlFunctions,
    private readonly overrides: NavOverrides = { pages: false, links: false },
  ) {
    const pages = buildTree(this.setOf(null), 'sidebar');
    const collections = settings.collections
      .filter((c) => !c.navExclude)
      .map((collection) => ({ collection, nodes: buildTree(this.setOf(collection.label), 'sidebar') }));
    this.sidebar = new SidebarHtml({ pages, externalLinks: settings.externalLinks, collections }, urls, overrides);
    this.loop = lastLoop([pages, ...collections.map((c) => c.nodes)]);
  }

  /** Whether a navigation made from these would be the same as this one (the URL functions are the session's). */
  sameShape(inputs: NavInputs, settings: NavSettings, overrides: NavOverrides): boolean {
    return (
      JSON.stringify(settings) === JSON.stringify(this.settings) &&
      overrides.pages === this.overrides.pages &&
      overrides.links === this.overrides.links &&
      sameNavInputs(inputs, this.inputs)
    );
  }

  /** The pages above `doc`, top first, as its first occurrence in the full navigation shows them. */
  ancestors(page: PagePlace): readonly NavEntry[] {
    const above = this.firstOccurrences(page.collection).get(page.url);
    return above ? above.map((node) => node.entry) : [];
  }

  /** The children listed in a page's table of contents (excluded pages included). */
  children(page: PagePlace): readonly NavEntry[] {
    const set = this.setOf(page.collection);
    const entry = set.entryAt(page.url);
    if (!entry || entry.childrenHidden || entry.tocHidden) return [];
    return set.children(entry, this.ancestors(page).map((e) => e.title), 'all');
  }

  private setOf(label: string | null): PageSet {
    const key = label ?? '';
    let set = this.sets.get(key);
    if (!set) {
      set = new PageSet(this.inputs.get(key) ?? [], this.settings.sort);
      this.sets.set(key, set);
    }
    return set;
  }

  private firstOccurrences(label: string | null): Map<string, readonly NavNode[]> {
    const key = label ?? '';
    let found = this.firstPaths.get(key);
    if (!found) {
      found = new Map();
      const into = found;
      walkTree(buildTree(this.setOf(label), 'all'), (node, above) => {
        if (!into.has(node.entry.url)) into.set(node.entry.url, [...above]);
      });
      this.firstPaths.set(key, found);
    }
    return found;
  }
}

function lastLoop(trees: readonly (readonly NavNode[])[]): NavLoop | null {
  let loop: NavLoop | null = null;
  for (const tree of trees) {
    walkTree(tree, (node) => {
      if (node.loop) loop = { title: node.entry.title, path: node.entry.path };
    });
  }
  return loop;
}
