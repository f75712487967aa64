import path from 'node:path';
import type { Hash } from '../config/merge.js';
import type { DependencyTracker } from '../deps/tracker.js';
import type { Document } from '../model/document.js';
import { postsCollection, type Site } from '../model/site.js';
import { HTML_EXTENSIONS } from '../read/output-ext.js';

/** Recorded by values that depend on the page being rendered, not on the site alone. */
export const CURRENT_DOCUMENT = 'current-document';

/**
 * `site.*` as Jekyll's SiteDrop shows it: the configuration plus what was read. Every list and each
 * top-level `site.data` key is a getter that records the read as a dependency of the page being rendered.
 * `currentDocument` gives `site.related_posts`.
 */
export function buildSitePayload(site: Site, deps: DependencyTracker, currentDocument: () => Document | null): Hash {
  const payload: Hash = { ...site.config.site, time: site.time };
  const lists = siteLists(site);
  for (const [name, value] of Object.entries(lists)) defineRecorded(payload, name, `list:${name}`, deps, () => value);
  defineRecorded(payload, 'related_posts', 'list:posts', deps, () => {
    deps.record(CURRENT_DOCUMENT);
    const doc = currentDocument();
    return doc?.kind === 'document' ? relatedPosts(site, doc) : null;
  });
  payload.data = recordedData(site.data, deps);
  return payload;
}

function siteLists(site: Site): Record<string, unknown> {
  const posts = postsCollection(site);
  const byLabel = [...site.collections].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const lists: Record<string, unknown> = {
    pages: site.pages.map((p) => p.liquid),
    posts: [...posts.docs].reverse().map((d) => d.liquid),
    static_files: site.staticFiles.map((f) => f.liquid),
    html_pages: site.pages.filter(isHtmlPage).map((p) => p.liquid),
    html_files: site.staticFiles.filter((f) => path.posix.extname(f.relativePath) === '.html').map((f) => f.liquid),
    collections: byLabel.map((c) => c.liquid),
    documents: site.collections.flatMap((c) => [...c.docs.map((d) => d.liquid), ...c.files.map((f) => f.liquid)]),
    categories: postsBy(posts.docs, 'categories'),
    tags: postsBy(posts.docs, 'tags'),
  };
  for (const collection of site.collections) {
    if (collection.label !== 'posts') lists[collection.label] = collection.docs.map((d) => d.liquid);
  }
  return lists;
}

function defineRecorded(target: Hash, name: string, key: string, deps: DependencyTracker, get: () => unknown): void {
  Object.defineProperty(target, name, {
    get: () => {
      deps.record(key);
      return get();
    },
    enumerable: true,
    configurable: true,
  });
}

function recordedData(data: Hash, deps: DependencyTracker): Hash {
  const view: Hash = {};
  for (const [key, value] of Object.entries(data)) defineRecorded(view, key, `data:${key}`, deps, () => value);
  return view;
}

export function isHtmlPage(page: Document): boolean {
  return HTML_EXTENSIONS.has(page.outputExt) || page.url.endsWith('/');
}

function postsBy(posts: Document[], key: 'categories' | 'tags'): Hash {
  const table: Record<string, Document[]> = {};
  for (const post of posts) {
    const names = post.data[key];
    if (!Array.isArray(names)) continue;
    for (const name of names) (table[String(name)] ??= []).push(post);
  }
  const result: Hash = {};
  for (const [name, list] of Object.entries(table)) result[name] = [...list].reverse().map((p) => p.liquid);
  return result;
}

/** RelatedPosts without LSI: the ten most recent posts other than this one. */
export function relatedPosts(site: Site, doc: Document): Hash[] {
  const posts = postsCollection(site).docs;
  if (posts.length <= 1) return [];
  return posts
    .slice(-11)
    .reverse()
    .filter((p) => p !== doc)
    .slice(0, 10)
    .map((p) => p.liquid);
}
