import { isHash } from '../../liquid/ruby/kinds.js';
import { readProperty } from '../../liquid/ruby/property.js';
import { toJson } from '../../liquid/ruby/to-json.js';
import { toS } from '../../liquid/ruby/to-s.js';
import type { FilterCaller } from '../filter-caller.js';
import { jsonLd } from './json-ld.js';
import { seoAuthor } from './seo-author.js';
import { seoImage, type SeoImage } from './seo-image.js';
import { present, SeoPage, type FormattedTexts } from './seo-page.js';

export interface SeoInputs {
  page: unknown;
  site: unknown;
  jekyllVersion: string;
  /** `{% seo title=false %}` leaves out `<title>`. */
  withTitle: boolean;
  filter: FilterCaller;
  /** What the tag formatted for earlier pages (see FormattedTexts). */
  formatted: FormattedTexts;
}

/** The output of jekyll-seo-tag 2.8's `{% seo %}`, one element per line. */
export function seoMarkup(inputs: SeoInputs): string {
  const seo = new SeoPage(inputs.page, inputs.site, inputs.filter, inputs.formatted);
  const author = seoAuthor(seo, seo.siteValue('data'));
  const image = seoImage(seo, inputs.filter);
  const lines = ['<!-- Begin Jekyll SEO tag v2.8.0 -->'];
  const title = seo.title;
  if (inputs.withTitle && title !== null) lines.push(`<title>${title}</title>`);
  lines.push(`<meta name="generator" content="Jekyll v${inputs.jekyllVersion}" />`);
  const pageTitle = seo.pageTitle;
  if (pageTitle !== null) lines.push(meta('property', 'og:title', pageTitle));
  if (author.name !== undefined) lines.push(meta('name', 'author', toS(author.name)));
  lines.push(meta('property', 'og:locale', seo.locale));
  const description = seo.description;
  if (description !== null) lines.push(meta('name', 'description', description), meta('property', 'og:description', description));
  if (seo.siteValue('url') !== undefined) {
    lines.push(`<link rel="canonical" href="${seo.canonicalUrl}" />`, meta('property', 'og:url', seo.canonicalUrl));
  }
  const siteTitle = seo.siteTitle;
  if (siteTitle !== null) lines.push(meta('property', 'og:site_name', siteTitle));
  if (image) lines.push(...imageLines(image));
  lines.push(...typeLines(seo, inputs.filter));
  lines.push(...twitterLines(seo, image, author.twitter));
  lines.push(...siteVerificationLines(seo));
  lines.push('<script type="application/ld+json">', `${toJson(jsonLd(seo, author, image))}</script>`, '<!-- End Jekyll SEO tag -->', '');
  return lines.join('\n');
}

function meta(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${content}" />`;
}

function imageLines(image: SeoImage): string[] {
  const lines = [meta('property', 'og:image', image.path)];
  for (const key of ['height', 'width', 'alt']) {
    const value = present(image.fields[key]);
    if (value !== undefined) lines.push(meta('property', `og:image:${key}`, toS(value)));
  }
  return lines;
}

function typeLines(seo: SeoPage, filter: FilterCaller): string[] {
  const date = seo.pageValue('date');
  if (date === undefined) return [meta('property', 'og:type', 'website')];
  return [meta('property', 'og:type', 'article'), meta('property', 'article:published_time', toS(filter('date_to_xmlschema', date)))];
}

function twitterLines(seo: SeoPage, image: SeoImage | null, creator: string | null): string[] {
  const lines: string[] = [];
  if (image) {
    const card = nested(seo.pageValue('twitter'), 'card') ?? nested(seo.siteValue('twitter'), 'card') ?? 'summary_large_image';
    lines.push(meta('name', 'twitter:card', toS(card)), meta('property', 'twitter:image', image.path));
    const alt = present(image.fields.alt);
    if (alt !== undefined) lines.push(meta('name', 'twitter:image:alt', toS(alt)));
  } else {
    lines.push(meta('name', 'twitter:card', 'summary'));
  }
  const pageTitle = seo.pageTitle;
  if (pageTitle !== null) lines.push(meta('property', 'twitter:title', pageTitle));
  const twitter = seo.siteValue('twitter');
  if (twitter !== undefined) {
    lines.push(meta('name', 'twitter:site', `@${toS(nested(twitter, 'username')).replace(/@/g, '')}`));
    if (creator !== null) lines.push(meta('name', 'twitter:creator', `@${creator.replace(/@/g, '')}`));
  }
  return lines;
}

const FACEBOOK = [
  ['admins', 'property', 'fb:admins'],
  ['publisher', 'property', 'article:publisher'],
  ['app_id', 'property', 'fb:app_id'],
] as const;

const VERIFICATIONS = [
  ['google', 'google-site-verification'],
  ['bing', 'msvalidate.01'],
  ['alexa', 'alexaVerifyID'],
  ['yandex', 'yandex-verification'],
  ['baidu', 'baidu-site-verification'],
  ['facebook', 'facebook-domain-verification'],
] as const;

function siteVerificationLines(seo: SeoPage): string[] {
  const lines: string[] = [];
  const facebook = seo.siteValue('facebook');
  for (const [key, attribute, name] of FACEBOOK) {
    const value = nested(facebook, key);
    if (value !== undefined) lines.push(meta(attribute, name, toS(value)));
  }
  const verifications = seo.siteValue('webmaster_verifications');
  if (verifications !== undefined) {
    for (const [key, name] of VERIFICATIONS) {
      const value = nested(verifications, key);
      if (value !== undefined) lines.push(meta('name', name, toS(value)));
    }
  } else if (seo.siteValue('google_site_verification') !== undefined) {
    lines.push(meta('name', 'google-site-verification', toS(seo.siteValue('google_site_verification'))));
  }
  return lines;
}

function nested(value: unknown, key: string): unknown {
  return isHash(value) ? present(readProperty(value, key)) : undefined;
}
