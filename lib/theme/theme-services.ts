import type { DependencyTracker } from '../deps/tracker.js';
import type { Site } from '../model/site.js';
import { navSettings, type NavSettings } from './nav/theme-config.js';
import { ThemeNav } from './nav/theme-nav.js';
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
  /** Records that the page being rendered shows the navigation (every page list it is built from). */
  recordNavRead(): void;
  /** Whether the site (not the theme) has `_includes/<name>`. */
  siteHasInclude(name: string): boolean;
}

export interface ThemeServiceInputs {
  site: Site;
  urls: UrlFunctions;
  deps: DependencyTracker;
  siteHasInclude(name: string): boolean;
}

export function createThemeServices(inputs: ThemeServiceInputs): ThemeServices {
  const settings = navSettings(inputs.site.config.site);
  const stats: ThemeStats = { navComputations: 0 };
  let nav: ThemeNav | null = null;
  return {
    site: inputs.site,
    settings,
    urls: inputs.urls,
    stats,
    nav: () => {
      if (!nav) {
        stats.navComputations++;
        nav = new ThemeNav(inputs.site, settings, inputs.urls);
      }
      return nav;
    },
    recordNavRead: () => {
      inputs.deps.record('list:html_pages');
      for (const collection of inputs.site.collections) inputs.deps.record(`list:${collection.label}`);
    },
    siteHasInclude: inputs.siteHasInclude,
  };
}
