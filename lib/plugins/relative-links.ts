import path from 'node:path';
import { isHash } from '../config/merge.js';
import { isAbsoluteUri } from '../liquid/filters/addressable.js';
import { cgiUnescape } from '../liquid/filters/escape.js';
import { urlFilters } from '../liquid/filters/url.js';
import type { Document } from '../model/document.js';
import { writtenDocuments, type Site } from '../model/site.js';
import { fnmatchToRegExp } from '../read/fnmatch.js';
import type { JtdPlugin } from './plugin.js';
import { editDocument, isMarkdownName } from './page-edit.js';

const TEXT = '(.*?)';
const FRAGMENT = '(#.+?|)?';
const TITLE = `(\\s+"(?:\\\\"|[^"])*(?<!\\\\)"|\\s+"(?:\\\\'|[^'])*(?<!\\\\)')?`;
const INLINE = `\\[${TEXT}\\]\\(([^)]+?)${FRAGMENT}${TITLE}\\)`;
const REFERENCE = `^\\s*?\\[${TEXT}\\]: (.+?)${FRAGMENT}${TITLE}\\s*?$`;

interface Link {
  inline: boolean;
  text: string;
  path: string;
  fragment: string;
  title: string;
}

/**
 * jekyll-relative-links 0.7: in Markdown pages (and documents with `collections: true`), inline and
 * reference links to a source file (`[x](other.md)`, `[x]: ../a/b.md#part`) become links to that
 * file's URL, before the page is rendered.
 */
export const relativeLinks: JtdPlugin = {
  name: 'jekyll-relative-links',
  afterRead(site: Site): void {
    const options = site.config.site.relative_links;
    const option = (key: string): unknown => (isHash(options) ? options[key] : undefined);
    if (option('enabled') === false) return;
    const outputDocs = writtenDocuments(site);
    const documents = option('collections') === true ? [...site.pages, ...outputDocs] : [...site.pages];
    const targets = targetUrls(site, outputDocs);
    const relativeUrl = urlFilters({ url: site.config.url, baseurl: site.config.baseurl }).relative_url as (u: string) => unknown;
    for (const doc of documents) {
      if (!isMarkdownName(site, doc.sourcePath) || isExcluded(option('exclude'), doc)) continue;
      const content = rewriteLinks(doc, (target) => {
        const url = targets.get(target);
        return url === undefined ? null : String(relativeUrl(url));
      });
      if (content !== doc.content) editDocument(site, doc, { content });
    }
  },
};

/** Source path (no leading slash) → URL, for pages, then static files, then written documents (first wins). */
function targetUrls(site: Site, outputDocs: Document[]): Map<string, string> {
  const targets = new Map<string, string>();
  const add = (relative: string, url: string): void => {
    const key = relative.replace(/^\//, '');
    if (!targets.has(key) && url) targets.set(key, url);
  };
  for (const page of site.pages) add(page.relativePath, page.url);
  for (const file of site.staticFiles) add(file.relativePath, file.url);
  for (const doc of outputDocs) add(doc.relativePath, doc.url);
  return targets;
}

function rewriteLinks(doc: Document, urlOf: (sourcePath: string) => string | null): string {
  const base = path.posix.dirname(doc.relativePath);
  const pattern = new RegExp(`(${INLINE}|${REFERENCE})`, 'gm');
  return doc.content.replace(pattern, (original: string, ...groups: (string | undefined)[]) => {
    const link = linkParts(groups);
    if (link.path.startsWith('#') || isAbsoluteUri(link.path)) return original;
    const url = urlOf(pathFromRoot(link.path, base));
    if (url === null) return original;
    const target = `${url}${link.fragment}`;
    return link.inline ? `[${link.text}](${target}${link.title})` : `\n[${link.text}]: ${target}${link.title}`;
  });
}

function linkParts(groups: (string | undefined)[]): Link {
  const inline = groups[1] !== undefined;
  const at = inline ? 1 : 5;
  return { inline, text: groups[at] ?? '', path: groups[at + 1] ?? '', fragment: groups[at + 2] ?? '', title: groups[at + 3] ?? '' };
}

/** File.expand_path against the page's folder, relative to the source; a path leaving the source matches nothing. */
function pathFromRoot(link: string, base: string): string {
  const absolute = link.startsWith('/');
  const joined = path.posix.normalize(path.posix.join(absolute || base === '.' ? '' : base, link.replace(/^\//, '')));
  if (joined.startsWith('..')) return `\u0000${joined}`;
  return cgiUnescape(joined.replace(/\/+$/, ''));
}

function isExcluded(patterns: unknown, doc: Document): boolean {
  if (patterns === undefined || patterns === null || patterns === false) return false;
  const list = Array.isArray(patterns) ? patterns.map(String) : [String(patterns)];
  return list.some((p) => fnmatchToRegExp(p).test(doc.relativePath) || doc.relativePath.startsWith(p));
}
