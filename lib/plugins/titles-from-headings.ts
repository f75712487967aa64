import { isHash } from '../config/merge.js';
import { htmlFilters } from '../liquid/filters/html.js';
import { textFilters } from '../liquid/filters/text.js';
import type { Document } from '../model/document.js';
import { writtenDocuments, type Site } from '../model/site.js';
import type { JtdPlugin, PluginReadEnv } from './plugin.js';
import { editDocument, isMarkdownName } from './page-edit.js';

/** A first line that is an ATX heading (`#` to `###`) or a Setext heading, after leading blank space. */
const FIRST_HEADING = /^\s*(?:#{1,3}\s+(.*)(?:\s+#{1,3})?|(.*)\r?\n[-=]+\s*)(?=\n|$)/;
const FOOTNOTE_MARK = /\[\^[^\]]*\]/g;

/**
 * jekyll-titles-from-headings 0.5: a Markdown page without a `title` takes the text of its first
 * heading (converted, tags stripped, whitespace squeezed). Documents too with `collections: true`
 * (their file-name title is replaced). `strip_title` removes the heading from the body.
 */
export const titlesFromHeadings: JtdPlugin = {
  name: 'jekyll-titles-from-headings',
  afterRead(site: Site, env: PluginReadEnv): void {
    const options = site.config.site.titles_from_headings;
    const option = (key: string): unknown => (isHash(options) ? options[key] : undefined);
    if (option('enabled') === false) return;
    const documents = [...site.pages];
    if (option('collections') === true) documents.push(...writtenDocuments(site));
    for (const doc of documents) {
      if (!isMarkdownName(site, doc.sourcePath) || hasOwnTitle(doc)) continue;
      const match = FIRST_HEADING.exec(doc.content);
      if (!match) continue;
      const title = plainText(env, match[1] ?? match[2] ?? '');
      const strip = doc.data.strip_title !== undefined ? doc.data.strip_title === true : option('strip_title') === true;
      const content = strip ? doc.content.replace(FIRST_HEADING, '').trim() : undefined;
      editDocument(site, doc, { data: { title }, content });
    }
  },
};

function hasOwnTitle(doc: Document): boolean {
  return doc.kind === 'page' && doc.data.title !== undefined && doc.data.title !== null;
}

function plainText(env: PluginReadEnv, heading: string): string {
  const html = env.markdown().render(heading);
  const text = call(textFilters.normalize_whitespace, call(htmlFilters.strip_html, html));
  return String(text).replace(FOOTNOTE_MARK, '');
}

function call(filter: unknown, input: unknown): unknown {
  const handler = typeof filter === 'function' ? filter : (filter as { handler: (input: unknown) => unknown }).handler;
  return handler(input);
}
