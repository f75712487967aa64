/** Site includes that replace the theme's navigation lists, newest name first (SPEC §6). */
const PAGE_LIST_INCLUDES = ['components/nav/pages.html', 'components/nav.html', 'nav.html'];
const LINK_LIST_INCLUDE = 'components/nav/links.html';
/** Includes of older versions, or inner parts of the list includes, that the theme never renders. */
const UNUSED_INCLUDES = ['components/nav/children.html', 'components/nav/sorted.html', 'sorted_pages.html', 'head_nav.html'];

export interface NavIncludeOverrides {
  /** The site's include that renders a list of pages (called with `pages` and `key`), if any. */
  readonly pageList: string | null;
  /** The site's include that renders the external links, if any. */
  readonly linkList: string | null;
  /** Overrides found that have no effect, for a warning. */
  readonly unused: readonly string[];
}

export function findNavOverrides(siteHasInclude: (name: string) => boolean): NavIncludeOverrides {
  return {
    pageList: PAGE_LIST_INCLUDES.find(siteHasInclude) ?? null,
    linkList: siteHasInclude(LINK_LIST_INCLUDE) ? LINK_LIST_INCLUDE : null,
    unused: UNUSED_INCLUDES.filter(siteHasInclude),
  };
}
