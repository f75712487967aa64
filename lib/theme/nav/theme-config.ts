import { isHash, type Hash } from '../../config/merge.js';
import { isTruthy } from '../../liquid/ruby/kinds.js';
import { toS } from '../../liquid/ruby/to-s.js';
import type { NavSort } from './sort-siblings.js';

/** `just_the_docs.collections.<label>`: a collection shown in the navigation. */
export interface NavCollection {
  readonly label: string;
  readonly name: string;
  readonly navExclude: boolean;
  readonly fold: boolean;
}

export interface ExternalLink {
  readonly title: string;
  readonly url: string;
  readonly hideIcon: boolean;
  readonly newTab: boolean;
}

/** The site options that shape the navigation. */
export interface NavSettings {
  readonly sort: NavSort;
  readonly collections: readonly NavCollection[];
  readonly externalLinks: readonly ExternalLink[];
  readonly errorReport: boolean;
}

export function navSettings(site: Hash): NavSettings {
  return {
    sort: site.nav_sort === 'case_insensitive' ? 'case_insensitive' : 'case_sensitive',
    collections: navCollections(site),
    externalLinks: externalLinks(site),
    errorReport: isTruthy(site.nav_error_report),
  };
}

function navCollections(site: Hash): NavCollection[] {
  const jtd = site.just_the_docs;
  if (!isHash(jtd) || !isHash(jtd.collections)) return [];
  return Object.entries(jtd.collections).map(([label, value]) => {
    const options: Hash = isHash(value) ? value : {};
    return {
      label,
      name: toS(options.name),
      navExclude: options.nav_exclude === true,
      fold: options.nav_fold === true,
    };
  });
}

function externalLinks(site: Hash): ExternalLink[] {
  const links = site.nav_external_links;
  if (!Array.isArray(links)) return [];
  const newTabByDefault = isTruthy(site.nav_external_links_new_tab);
  return links.filter(isHash).map((link) => ({
    title: toS(link.title),
    url: toS(link.url),
    hideIcon: isTruthy(link.hide_icon),
    newTab: link.opens_in_new_tab === undefined || link.opens_in_new_tab === null ? newTabByDefault : isTruthy(link.opens_in_new_tab),
  }));
}
