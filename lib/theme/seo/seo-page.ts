import { isHash, isNil, isTruthy, liquidValue } from '../../liquid/ruby/kinds.js';
import { readProperty } from '../../liquid/ruby/property.js';
import { toS } from '../../liquid/ruby/to-s.js';
import type { FilterCaller } from '../filter-caller.js';

const HOMEPAGE_OR_ABOUT = /^\/(about\/)?(index\.html?)?$/;
const TITLE_SEPARATOR = ' | ';
/**
 * Words of ASCII letters and digits with single spaces between: no Markdown, HTML, entity, quote or typographic
 * symbol for the formatting to convert, so it gives the text back as it is (most titles).
 */
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

type Value = unknown;

/**
 * Texts `format` gave, by their source text: kept by the `{% seo %}` tag of one engine, since every page formats
 * the site's title and description again, and Markdown is the same for the whole build.
 */
export type FormattedTexts = Map<string, string | null>;

/**
 * jekyll-seo-tag 2.8's view of one page: its titles, description, canonical URL, author, image and type.
 * The values several tags use are worked out once per page.
 */
export class SeoPage {
  private readonly known = new Map<string, unknown>();

  constructor(
    private readonly page: Value,
    private readonly site: Value,
    private readonly filter: FilterCaller,
    private readonly formatted: FormattedTexts,
  ) {}

  private once<T>(name: string, make: () => T): T {
    if (this.known.has(name)) return this.known.get(name) as T;
    const value = make();
    this.known.set(name, value);
    return value;
  }

  get siteTitle(): string | null {
    return this.format(this.siteValue('title') ?? this.siteValue('name'));
  }

  get siteDescription(): string | null {
    return this.format(this.siteValue('description'));
  }

  get pageTitle(): string | null {
    return this.once('pageTitle', () => this.format(this.pageValue('title')) ?? this.siteTitle);
  }

  /** The `<title>`: "page | site", or "site | tagline-or-description" when the page has no title of its own. */
  get title(): string | null {
    const site = this.siteTitle;
    const page = this.pageTitle;
    if (site !== null && page !== site) return page + TITLE_SEPARATOR + site;
    const description = this.format(this.siteValue('tagline')) ?? this.siteDescription;
    if (description !== null && site !== null) return site + TITLE_SEPARATOR + description;
    return page ?? site;
  }

  get description(): string | null {
    return this.once('description', () => this.format(this.pageValue('description') ?? this.pageValue('excerpt')) ?? this.siteDescription);
  }

  get canonicalUrl(): string {
    return this.once('canonicalUrl', () => {
      const explicit = toS(this.pageValue('canonical_url'));
      if (explicit !== '') return explicit;
      return toS(this.filter('absolute_url', this.pageValue('url'))).replace(/\/index\.html$/, '/');
    });
  }

  get locale(): string {
    const lang = this.pageValue('lang') ?? this.siteValue('lang') ?? 'en_US';
    return toS(this.pageValue('locale') ?? this.siteValue('locale') ?? lang).replace(/-/g, '_');
  }

  get isHomepageOrAbout(): boolean {
    return HOMEPAGE_OR_ABOUT.test(toS(this.pageValue('url')));
  }

  get type(): string {
    const seoType = this.seoValue('type');
    if (seoType !== undefined) return toS(seoType);
    if (this.isHomepageOrAbout) return 'WebSite';
    return this.pageValue('date') !== undefined ? 'BlogPosting' : 'WebPage';
  }

  get name(): string | null {
    const seoName = this.seoValue('name');
    if (seoName !== undefined) return this.format(seoName);
    if (!this.isHomepageOrAbout) return null;
    const social = this.siteValue('social');
    const socialName = isHash(social) ? readProperty(social, 'name') : undefined;
    return isTruthy(socialName) ? this.format(socialName) : this.siteTitle;
  }

  get links(): Value {
    const seoLinks = this.seoValue('links');
    if (seoLinks !== undefined) return seoLinks;
    const social = this.siteValue('social');
    return this.isHomepageOrAbout && isHash(social) ? present(readProperty(social, 'links')) : undefined;
  }

  get datePublished(): string | null {
    const date = this.pageValue('date');
    return date === undefined ? null : toS(this.filter('date_to_xmlschema', date));
  }

  get dateModified(): string | null {
    const date = this.seoValue('date_modified') ?? this.pageValue('last_modified_at') ?? this.pageValue('date');
    return date === undefined ? null : toS(this.filter('date_to_xmlschema', date));
  }

  get logo(): string | null {
    const logo = this.siteValue('logo');
    if (logo === undefined) return null;
    const url = isAbsoluteUrl(toS(logo)) ? logo : this.filter('absolute_url', logo);
    return toS(this.filter('uri_escape', url));
  }

  pageValue(key: string): Value {
    return present(readProperty(this.page, key));
  }

  siteValue(key: string): Value {
    return present(readProperty(this.site, key));
  }

  private seoValue(key: string): Value {
    const seo = this.pageValue('seo');
    return isHash(seo) ? present(readProperty(seo, key)) : undefined;
  }

  /** markdownify → strip_html → normalize_whitespace → escape_once; null when that leaves nothing. */
  format(value: Value): string | null {
    if (typeof value !== 'string') return this.formatNow(value);
    if (PLAIN_WORDS.test(value)) return value;
    const kept = this.formatted.get(value);
    if (kept !== undefined) return kept;
    const result = this.formatNow(value);
    this.formatted.set(value, result);
    return result;
  }

  private formatNow(value: Value): string | null {
    let text: Value = value ?? null;
    for (const name of ['markdownify', 'strip_html', 'normalize_whitespace', 'escape_once']) text = this.filter(name, text);
    const result = toS(text);
    return result === '' ? null : result;
  }
}

/** Ruby's `||` treats nil and false as missing. */
export function present(value: Value): Value {
  const v = liquidValue(value);
  return isNil(v) || v === false ? undefined : v;
}

export function isAbsoluteUrl(url: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url);
}
