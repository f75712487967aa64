import type { DependencyTracker } from '../deps/tracker.js';
import type { IncludeFile } from '../liquid/services.js';
import { findNavOverrides, type NavIncludeOverrides } from './nav/nav-overrides.js';
import type { Site } from '../model/site.js';
import { navSettings, type NavSettings } from './nav/theme-config.js';
import { ThemeNav } from './nav/theme-nav.js';
import { NavSlots, type NavTemplate, type RefilledPage } from './nav/nav-slots.js';
import { navValueStillHolds } from './nav/nav-values.js';
import { navInputsOf } from './nav/nav-inputs.js';
import type { UrlFunctions } from './nav/sidebar-html.js';

/** How often the per-build work of the theme was done (the navigation must be computed once per build). */
export interface ThemeStats {
  navComputations: number;
}

/** What the theme's tags need from the build; one per build. */
export interface ThemeServices {
  readonly site: Site;
  readonly settings: NavSettings;
  readonly urls: UrlFunctions;
  readonly stats: ThemeStats;
  /** The navigation, computed on first use. */
  nav(): ThemeNav;
  /** The navigation if this build computed it, else null. */
  computedNav(): ThemeNav | null;
  /**
   * Offers the previous build's navigation: `nav()` takes it instead of computing one when this build's
   * entries, settings and overrides are the same (its sidebar keeps the parts it compressed).
   */
  offerNav(previous: ThemeNav | null): void;
  /** Placeholders for the sidebar while layouts run (see NavSlots). */
  navSlots(): NavSlots;
  /** Puts sidebars in for the placeholders left in a page's output; null when one went missing. */
  finishPage(html: string): { filled: () => string; template: NavTemplate | null } | null;
  /** A page kept from the last build whose only change is the navigation, with this build's sidebars. */
  refillPage(template: NavTemplate): string;
  /** `refillPage` as bytes to write, with a key that tells whether they changed (see NavSlots.fillBytes). */
  refillBytes(template: NavTemplate): RefilledPage;
  /** A page's text in parts, without putting its sidebars in (see NavSlots.texts). */
  pageTexts(template: NavTemplate): string[];
  /** Records that the page being rendered shows the sidebar (its placeholder is filled per build). */
  recordSidebarRead(): void;
  /** Records a value from the navigation the page shows (breadcrumbs, children, the nav error report), its key made only when recorded. */
  recordNavValue(makeKey: () => string): void;
  /** Whether a recorded navigation value is still the same in this build. */
  navValueStillHolds(key: string): boolean;
  /** Records that the page being rendered shows the navigation (every page list it is built from). */
  recordNavRead(): void;
  /** The site's own includes that replace navigation lists. */
  readonly overrides: NavIncludeOverrides;
  findInclude(name: string): IncludeFile | null;
}

export interface ThemeServiceInputs {
  site: Site;
  urls: UrlFunctions;
  deps: DependencyTracker;
  /** Whether the site (not the theme) has `_includes/<name>`. */
  siteHasInclude(name: string): boolean;
  findInclude(name: string): IncludeFile | null;
  warn(message: string): void;
}

export function createThemeServices(inputs: ThemeServiceInputs): ThemeServices {
  const settings = navSettings(inputs.site.config.site);
  const stats: ThemeStats = { navComputations: 0 };
  const overrides = findNavOverrides(inputs.siteHasInclude);
  for (const name of overrides.unused) {
    inputs.warn(
      `Theme Warning: _includes/${name} is not used by this theme (it computes the navigation itself); ` +
        'override components/nav/pages.html or components/site_nav.html instead.',
    );
  }
  let nav: ThemeNav | null = null;
  let offered: ThemeNav | null = null;
  let slots: NavSlots | null = null;
  const navOverrides = { pages: overrides.pageList !== null, links: overrides.linkList !== null };
  const theNav = (): ThemeNav => {
    if (nav) return nav;
    const entries = navInputsOf(inputs.site);
    if (offered && offered.sameShape(entries, settings, navOverrides)) nav = offered;
    else {
      stats.navComputations++;
      nav = new ThemeNav(entries, settings, inputs.urls, navOverrides);
    }
    offered = null;
    return nav;
  };
  const theSlots = (): NavSlots => (slots ??= new NavSlots(theNav().sidebar));
  return {
    site: inputs.site,
    settings,
    urls: inputs.urls,
    stats,
    nav: theNav,
    computedNav: () => nav,
    offerNav: (previous) => {
      offered = previous;
    },
    navSlots: theSlots,
    finishPage: (html) => (slots ? slots.finish(html) : { filled: () => html, template: null }),
    refillPage: (template) => theSlots().fill(template),
    refillBytes: (template) => theSlots().fillBytes(template),
    pageTexts: (template) => theSlots().texts(template),
    recordSidebarRead: () => inputs.deps.record('nav:sidebar'),
    recordNavValue: (makeKey) => inputs.deps.recordMade(makeKey),
    navValueStillHolds: (key) => navValueStillHolds(theNav(), key),
    recordNavRead: () => {
      inputs.deps.record('list:html_pages');
      for (const collection of inputs.site.collections) inputs.deps.record(`list:${collection.label}`);
    },
    overrides,
    findInclude: inputs.findInclude,
  };
}
