import path from 'node:path';
import type { Hash } from '../config/merge.js';
import type { Document } from '../model/document.js';
import type { Site } from '../model/site.js';
import { HTML_EXTENSIONS } from '../read/output-ext.js';

/** `site.*` as Jekyll's SiteDrop shows it: the configuration plus what was read. */
export function buildSitePayload(site: Site): Hash {
  const posts = site.collections.find((c) => c.label === 'posts')!;
  const payload: Hash = { ...site.config.site };
  const byLabel = [...site.collections].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  Object.assign(payload, {
    time: site.time,
    pages: site.pages.map((p) => p.liquid),
    posts: [...posts.docs].reverse().map((d) => d.liquid),
    related_posts: null,
    static_files: site.staticFiles.map((f) => f.liquid),
    html_pages: site.pages.filter(isHtmlPage).map((p) => p.liquid),
    html_files: site.staticFiles.filter((f) => path.posix.extname(f.relativePath) === '.html').map((f) => f.liquid),
    collections: byLabel.map((c) => c.liquid),
    data: site.data,
    documents: site.collections.flatMap((c) => [...c.docs.map((d) => d.liquid), ...c.files.map((f) => f.liquid)]),
    categories: postsBy(posts.docs, 'categories'),
    tags: postsBy(posts.docs, 'tags'),
  });
  for (const collection of site.collections) if (collection.label !== 'posts') payload[collection.label] = collection.docs.map((d) => d.liquid);
  return payload;
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
  const posts = site.collections.find((c) => c.label === 'posts')!.docs;
  if (posts.length <= 1) return [];
  return posts
    .slice(-11)
    .reverse()
    .filter((p) => p !== doc)
    .slice(0, 10)
    .map((p) => p.liquid);
}
