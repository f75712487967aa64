import type { Document } from '../../model/document.js';
import { isNil, isTruthy, liquidValue } from '../../liquid/ruby/kinds.js';
import { toS } from '../../liquid/ruby/to-s.js';

/** The front matter of one titled page or document, as the navigation reads it. */
export interface NavEntry {
  /** The title as printed (raw HTML allowed, numbers converted). */
  readonly title: string;
  /** The title as written, for sorting (a number stays a number). */
  readonly titleValue: unknown;
  readonly url: string;
  /** Parent title; '' for a top-level page (no parent, or `parent: ""`). */
  readonly parent: string;
  readonly hasParentKey: boolean;
  readonly grandParent: string | null;
  readonly ancestor: string | null;
  /** `nav_order` as written; undefined when absent or nil. */
  readonly navOrder: unknown;
  readonly navExclude: boolean;
  /** `has_children: false` was set. */
  readonly childrenHidden: boolean;
  readonly tocHidden: boolean;
  readonly childrenReversed: boolean;
  readonly summary: string | null;
  /** `page.path`, shown by the nav error report. */
  readonly path: string;
  readonly document: Document;
}

/** The navigation's view of a document, or null when it has no title (untitled pages are never in the nav). */
export function navEntryOf(doc: Document): NavEntry | null {
  const data = doc.data;
  const title = liquidValue(data.title);
  if (!isTruthy(title)) return null;
  const childOrder = toS(data.child_nav_order);
  return {
    title: toS(title),
    titleValue: title,
    url: doc.url,
    parent: isNil(liquidValue(data.parent)) ? '' : toS(data.parent),
    hasParentKey: isTruthy(data.parent),
    grandParent: optionalText(data.grand_parent),
    ancestor: optionalText(data.ancestor),
    navOrder: isNil(liquidValue(data.nav_order)) ? undefined : liquidValue(data.nav_order),
    navExclude: data.nav_exclude === true,
    childrenHidden: data.has_children === false,
    tocHidden: data.has_toc === false,
    childrenReversed: childOrder === 'reversed' || childOrder === 'desc',
    summary: isTruthy(data.summary) ? toS(data.summary) : null,
    path: toS(doc.liquid.path ?? doc.relativePath),
    document: doc,
  };
}

function optionalText(value: unknown): string | null {
  return isTruthy(value) ? toS(value) : null;
}
