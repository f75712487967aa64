import type { Document } from '../model/document.js';
import { postsCollection, type Site } from '../model/site.js';
import type { JtdPlugin } from './plugin.js';
import { editDocument, isMarkdownName } from './page-edit.js';

/**
 * jekyll-default-layout 0.1: a Markdown page or post that names no layout (front matter defaults
 * included) gets `home` (the site's front page), `page`, `post` or `default`: the first that exists.
 */
export const defaultLayout: JtdPlugin = {
  name: 'jekyll-default-layout',
  afterReadIgnoresBodies: true,
  afterRead(site: Site): void {
    for (const doc of [...site.pages, ...postsCollection(site).docs]) {
      if (!isMarkdownName(site, doc.sourcePath) || namesLayout(doc)) continue;
      editDocument(site, doc, { data: { layout: layoutFor(site, doc) } });
    }
  },
};

function namesLayout(doc: Document): boolean {
  return doc.kind === 'page' ? 'layout' in doc.liquid : 'layout' in doc.data;
}

function layoutFor(site: Site, doc: Document): string | null {
  const exists = (name: string): boolean => site.layouts.has(name);
  if (doc.url === '/' && exists('home')) return 'home';
  if (doc.kind === 'page' && exists('page')) return 'page';
  if (doc.collection?.label === 'posts' && exists('post')) return 'post';
  return exists('default') ? 'default' : null;
}
