import { isHash, type Hash } from '../config/merge.js';
import { readProperty } from '../liquid/ruby/property.js';
import { toS } from '../liquid/ruby/to-s.js';
import type { FilterCaller } from '../theme/filter-caller.js';
import { orDefault, truthy } from './liquid-truth.js';

const MEDIA = 'xmlns:media="http://search.yahoo.com/mrss/"';

/** One `<entry>` of a jekyll-feed Atom feed, for a post's Liquid view. */
export function feedEntry(post: Hash, site: Hash, filter: FilterCaller): string {
  const f = (name: string, value: unknown, ...args: unknown[]): string => toS(filter(name, value, ...args));
  const lang = truthy(post.lang) ? ` xml:lang="${toS(post.lang)}"` : '';
  const title = f('xml_escape', filter('normalize_whitespace', filter('strip_html', filter('smartify', post.title))));
  const url = f('absolute_url', post.url);
  const parts = [`<entry${lang}>`, `<title type="html">${title}</title>`];
  parts.push(`<link href="${url}" rel="alternate" type="text/html" title="${title}" />`);
  parts.push(`<published>${f('date_to_xmlschema', post.date)}</published>`);
  parts.push(`<updated>${f('date_to_xmlschema', orDefault(post.last_modified_at, post.date))}</updated>`);
  parts.push(`<id>${f('xml_escape', filter('absolute_url', post.id))}</id>`);
  const feed = isHash(site.feed) ? site.feed : {};
  if (!truthy(orDefault(readProperty(post.feed, 'excerpt_only'), feed.excerpt_only))) {
    parts.push(`<content type="html" xml:base="${f('xml_escape', url)}"><![CDATA[${f('strip', post.content)}]]></content>`);
  }
  parts.push(authorXml(post, site, f), ...categoriesXml(post, f), ...summaryXml(post, f), ...imageXml(post, f));
  parts.push('</entry>');
  return parts.join('');
}

type F = (name: string, value: unknown, ...args: unknown[]) => string;

function authorXml(post: Hash, site: Hash, f: F): string {
  const authors = post.authors;
  let author = orDefault(orDefault(post.author, Array.isArray(authors) ? authors[0] : undefined), site.author);
  const known = isHash(site.data) && isHash(site.data.authors) && typeof author === 'string' ? site.data.authors[author] : undefined;
  author = orDefault(known, author);
  const email = orDefault(readProperty(author, 'email'), null);
  const uri = orDefault(readProperty(author, 'uri'), null);
  const name = orDefault(readProperty(author, 'name'), author);
  const parts = [`<author><name>${f('xml_escape', orDefault(name, ''))}</name>`];
  if (truthy(email)) parts.push(`<email>${f('xml_escape', email)}</email>`);
  if (truthy(uri)) parts.push(`<uri>${f('xml_escape', uri)}</uri>`);
  return `${parts.join('')}</author>`;
}

function categoriesXml(post: Hash, f: F): string[] {
  const term = (value: unknown): string => `<category term="${f('xml_escape', value)}" />`;
  const parts: string[] = [];
  if (truthy(post.category)) parts.push(term(post.category));
  else if (Array.isArray(post.categories)) parts.push(...post.categories.map(term));
  if (Array.isArray(post.tags)) parts.push(...post.tags.map(term));
  return parts;
}

function summaryXml(post: Hash, f: F): string[] {
  const summary = orDefault(post.description, post.excerpt);
  if (!truthy(summary) || toS(summary) === '') return [];
  return [`<summary type="html"><![CDATA[${f('normalize_whitespace', f('strip_html', summary))}]]></summary>`];
}

function imageXml(post: Hash, f: F): string[] {
  let image = orDefault(readProperty(post.image, 'path'), post.image);
  if (!truthy(image)) return [];
  if (!toS(image).includes('://')) image = f('absolute_url', image);
  const url = f('xml_escape', image);
  return [`<media:thumbnail ${MEDIA} url="${url}" />`, `<media:content medium="image" url="${url}" ${MEDIA} />`];
}

