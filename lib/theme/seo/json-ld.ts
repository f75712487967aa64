import type { SeoAuthor } from './seo-author.js';
import type { SeoImage } from './seo-image.js';
import type { SeoPage } from './seo-page.js';

const ENTITY_TYPES = ['BlogPosting', 'CreativeWork'];
const AUTHOR_TYPES = ['Organization', 'Person'];

/** jekyll-seo-tag's JSON-LD object: keys sorted, nil values left out. */
export function jsonLd(seo: SeoPage, author: SeoAuthor, image: SeoImage | null): Record<string, unknown> {
  const type = seo.type;
  const logo = seo.logo;
  const all: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': type,
    author: authorLd(author),
    dateModified: seo.dateModified,
    datePublished: seo.datePublished,
    description: seo.description,
    headline: seo.pageTitle,
    image: image ? imageLd(image) : null,
    mainEntityOfPage: ENTITY_TYPES.includes(type) ? { '@type': 'WebPage', '@id': seo.canonicalUrl } : null,
    name: seo.name,
    publisher: logo === null ? null : publisherLd(logo, author),
    sameAs: seo.links ?? null,
    url: seo.canonicalUrl,
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null && v !== undefined));
}

function authorLd(author: SeoAuthor): Record<string, unknown> | null {
  if (author.name === undefined) return null;
  if (author.type !== undefined && !AUTHOR_TYPES.includes(String(author.type))) return null;
  const ld: Record<string, unknown> = { '@type': author.type ?? 'Person', name: author.name };
  if (author.url !== undefined) ld.url = author.url;
  return ld;
}

function imageLd(image: SeoImage): unknown {
  if (Object.keys(image.fields).length === 1) return image.path;
  const { path: _path, ...rest } = image.fields;
  return { ...rest, url: image.path, '@type': 'imageObject' };
}

function publisherLd(logo: string, author: SeoAuthor): Record<string, unknown> {
  const ld: Record<string, unknown> = { '@type': 'Organization', logo: { '@type': 'ImageObject', url: logo } };
  if (author.name !== undefined) ld.name = author.name;
  return ld;
}
