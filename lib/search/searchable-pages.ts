import { isHash } from '../config/merge.js';
import type { Document } from '../model/document.js';
import type { Site } from '../model/site.js';
import { isHtmlPage } from '../render/site-payload.js';

/**
 * The pages just-the-docs indexes, in its order: `site.html_pages`, then the documents of each collection
 * listed under `just_the_docs.collections` (mapping order) unless that collection sets `search_exclude: true`.
 * A page counts when its title is Liquid-truthy and its `search_exclude` is not `true`.
 */
export function searchablePages(site: Site): Document[] {
  const candidates = [...site.pages.filter(isHtmlPage), ...themeCollectionDocs(site)];
  return candidates.filter((doc) => isTruthy(doc.data.title) && doc.data.search_exclude !== true);
}

function themeCollectionDocs(site: Site): Document[] {
  const settings = site.config.site.just_the_docs;
  const collections = isHash(settings) && isHash(settings.collections) ? settings.collections : {};
  return Object.entries(collections).flatMap(([label, options]) => {
    if (isHash(options) && options.search_exclude === true) return [];
    return site.collections.find((c) => c.label === label)?.docs ?? [];
  });
}

function isTruthy(value: unknown): boolean {
  return value !== null && value !== undefined && value !== false;
}
