import path from 'node:path';
import type { Document } from '../model/document.js';
import type { Site } from '../model/site.js';
import { destinationFor } from '../read/output-ext.js';
import { sanitizeUrl } from '../url/url.js';

/**
 * Changes a page or document that a plugin alters at read time. The document is replaced by a copy with
 * its own `origin`, so a rebuild compares its content and front matter with the last build's instead of
 * trusting that an unchanged file gives an unchanged document (the change may come from other files).
 */
export function editDocument(site: Site, doc: Document, change: { data?: Record<string, unknown>; content?: string }): Document {
  const content = change.content ?? doc.content;
  const data = { ...doc.data, ...(change.data ?? {}) };
  const liquid = doc.kind === 'page' ? { ...doc.liquid, ...(change.data ?? {}), content } : doc.liquid;
  const edited: Document = { ...doc, data, content, rawContent: content, liquid, origin: {} };
  replaceIn(site, doc, edited);
  return edited;
}

function replaceIn(site: Site, doc: Document, edited: Document): void {
  const list = doc.collection ? doc.collection.docs : site.pages;
  const at = list.indexOf(doc);
  if (at >= 0) list[at] = edited;
}

/** Whether a file name has one of the site's Markdown extensions (`markdown_ext`). */
export function isMarkdownName(site: Site, name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && site.config.markdownExts.has(name.slice(dot).toLowerCase());
}

/** A page given a permalink after it was read (its URL, output path and Liquid fields follow). */
export function withPermalink(page: Document, permalink: string): Document {
  const url = sanitizeUrl(permalink);
  const dir = url.endsWith('/') ? url : `${path.posix.dirname(url).replace(/\/?$/, '/')}`;
  const data = { ...page.data, permalink };
  const liquid = { ...page.liquid, permalink, url, dir };
  return { ...page, data, liquid, url, destPath: destinationFor(url, page.outputExt, 'index'), origin: {} };
}
