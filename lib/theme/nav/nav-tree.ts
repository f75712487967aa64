import type { NavEntry } from './nav-entry.js';
import type { NavVariant, PageSet } from './page-set.js';

/** One item of a navigation tree. */
export interface NavNode {
  readonly entry: NavEntry;
  /** The ∞ item: a page titled like its parent or an ancestor; the tree stops there. */
  readonly loop: boolean;
  /** Children were found (counted before exclusion): the item gets an expander and a sub-list, maybe empty. */
  readonly expandable: boolean;
  readonly children: readonly NavNode[];
}

/** The tree of a page set under the sidebar's or the breadcrumbs' rules. */
export function buildTree(set: PageSet, variant: NavVariant): NavNode[] {
  return buildList(set, set.tops, [], variant);
}

function buildList(set: PageSet, entries: readonly NavEntry[], ancestors: readonly string[], variant: NavVariant): NavNode[] {
  const nodes: NavNode[] = [];
  for (const entry of entries) {
    if (variant === 'sidebar' && entry.navExclude) continue;
    nodes.push(buildNode(set, entry, ancestors, variant));
  }
  return nodes;
}

function buildNode(set: PageSet, entry: NavEntry, ancestors: readonly string[], variant: NavVariant): NavNode {
  if (ancestors.includes(entry.title)) return { entry, loop: true, expandable: false, children: [] };
  const children = set.children(entry, ancestors, variant);
  return {
    entry,
    loop: false,
    expandable: children.length > 0,
    children: buildList(set, children, [...ancestors, entry.title], variant),
  };
}

/** Calls `visit` for every node in document order with the nodes above it. */
export function walkTree(nodes: readonly NavNode[], visit: (node: NavNode, above: readonly NavNode[]) => void, above: NavNode[] = []): void {
  for (const node of nodes) {
    visit(node, above);
    above.push(node);
    walkTree(node.children, visit, above);
    above.pop();
  }
}
