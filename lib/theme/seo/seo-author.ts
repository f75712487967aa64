import { isHash, type RubyHash } from '../../liquid/ruby/kinds.js';
import { readProperty } from '../../liquid/ruby/property.js';
import { toS } from '../../liquid/ruby/to-s.js';
import { present, type SeoPage } from './seo-page.js';

/** jekyll-seo-tag's author: page `author`, first of page `authors`, or site `author`; a name looks up `site.data.authors`. */
export interface SeoAuthor {
  readonly name: unknown;
  readonly type: unknown;
  readonly url: unknown;
  readonly twitter: string | null;
}

export function seoAuthor(seo: SeoPage, siteData: unknown): SeoAuthor {
  const fields = authorHash(seo, siteData);
  const name = present(readProperty(fields, 'name'));
  const twitter = present(readProperty(fields, 'twitter')) ?? name;
  return {
    name,
    type: present(readProperty(fields, 'type')),
    url: present(readProperty(fields, 'url')),
    twitter: typeof twitter === 'string' ? twitter.replace(/^@/, '') : null,
  };
}

function authorHash(seo: SeoPage, siteData: unknown): RubyHash | Record<string, unknown> {
  const authors = seo.pageValue('authors');
  const sources = [seo.pageValue('author'), Array.isArray(authors) ? authors[0] : undefined, seo.siteValue('author')];
  const resolved = sources.find((s) => s !== undefined && s !== null && toS(s) !== '');
  if (isHash(resolved)) return resolved;
  if (typeof resolved !== 'string') return {};
  const table = readProperty(siteData, 'authors');
  const data = isHash(table) ? readProperty(table, resolved) : undefined;
  return { name: resolved, ...(isHash(data) ? plain(data) : {}) };
}

function plain(hash: RubyHash): Record<string, unknown> {
  return hash instanceof Map ? Object.fromEntries(hash) : { ...hash };
}
