import fs from 'node:fs';
import type { Liquid } from 'liquidjs';
import path from 'node:path';
import { isHash, type Hash } from '../config/merge.js';
import { readProperty } from '../liquid/ruby/property.js';
import { toS } from '../liquid/ruby/to-s.js';
import { postsCollection, type Site } from '../model/site.js';
import type { RenderContext } from '../render/render-context.js';
import type { FilterCaller } from '../theme/filter-caller.js';
import { feedEntry } from './feed-entry.js';
import { FeedMetaTag } from './feed-meta-tag.js';
import type { GeneratedFile, JtdPlugin } from './plugin.js';
import { orDefault, truthy } from './liquid-truth.js';
import { pluginFilters } from './plugin-filters.js';
import { configFile, virtualPage } from './virtual-page.js';

/** One feed file: the posts (or another collection), optionally one category or one tag of it. */
export interface FeedSpec {
  path: string;
  collection: string;
  category: string | null;
  tag: string | null;
}

/**
 * jekyll-feed 0.17: an Atom feed of the latest posts at `/feed.xml` (or `feed.path`), plus feeds per
 * category, per collection and per tag as configured. Feed pages exist from the read on; their text
 * is made after rendering, from the rendered posts.
 */
export const feed: JtdPlugin = {
  name: 'jekyll-feed',
  afterReadIgnoresBodies: true,
  afterRead(site: Site): void {
    const config = feedConfig(site);
    if (config.disable_in_development && site.config.environment === 'development') return;
    for (const spec of feedSpecs(site, config)) {
      if (fs.existsSync(path.join(site.config.source, spec.path))) continue;
      const data = { layout: null, sitemap: false, xsl: fs.existsSync(path.join(site.config.source, 'feed.xslt.xml')), ...specData(spec) };
      site.pages.push(virtualPage(site, { name: spec.path.replace(/^\//, ''), data, key: `feed:${spec.path}`, madeFrom: configFile(site) }));
    }
  },
  registerLiquid(liquid: Liquid): void {
    liquid.registerTag('feed_meta', FeedMetaTag);
  },
  afterRender(ctx: RenderContext): GeneratedFile[] {
    const filter = pluginFilters(ctx);
    return ctx.site.pages
      .filter((page) => page.sourcePath.startsWith('feed:'))
      .map((page) => ({ destPath: page.destPath!, content: feedXml(ctx, page.data, page.url, filter) }));
  },
};

function specData(spec: FeedSpec): Hash {
  return { collection: spec.collection, category: spec.category, tags: spec.tag };
}

function feedConfig(site: Site): Hash {
  return isHash(site.config.site.feed) ? site.config.site.feed : {};
}

function feedSpecs(site: Site, config: Hash): FeedSpec[] {
  const specs: FeedSpec[] = [];
  for (const [collection, meta] of Object.entries(collectionsOf(config))) {
    const prefix = collection === 'posts' ? '/feed' : `/feed/${collection}`;
    const categories = Array.isArray(meta.categories) ? [...new Set(meta.categories.map(String))] : [];
    for (const category of categories) specs.push({ path: `${prefix}/${category}.xml`, collection, category, tag: null });
    specs.push({ path: typeof meta.path === 'string' ? meta.path : `${prefix}.xml`, collection, category: null, tag: null });
  }
  return [...specs, ...tagSpecs(site, config)];
}

function collectionsOf(config: Hash): Record<string, Hash> {
  const given = config.collections;
  const collections: Record<string, Hash> = Array.isArray(given)
    ? Object.fromEntries(given.map((c) => [String(c), {}]))
    : isHash(given)
      ? Object.fromEntries(Object.entries(given).map(([k, v]) => [k, isHash(v) ? { ...v } : {}]))
      : {};
  const posts = collections.posts ?? {};
  collections.posts = { ...posts, path: posts.path ?? config.path, categories: posts.categories ?? config.categories };
  return collections;
}

function tagSpecs(site: Site, config: Hash): FeedSpec[] {
  if (!truthy(config.tags)) return [];
  const tags = new Set(postsCollection(site).docs.flatMap((d) => listOf(d.data.tags)));
  if (tags.size === 0) return [];
  const options = isHash(config.tags) ? config.tags : {};
  const only = Array.isArray(options.only) ? options.only.map(String) : [...tags];
  const except = new Set(Array.isArray(options.except) ? options.except.map(String) : []);
  const prefix = typeof options.path === 'string' ? options.path : '/feed/by_tag/';
  return only
    .filter((tag) => !except.has(tag) && !/[^a-zA-Z0-9_]/.test(tag))
    .map((tag) => ({ path: `${prefix}${tag}.xml`, collection: 'posts', category: null, tag }));
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}



function feedXml(ctx: RenderContext, data: Hash, url: string, filter: FilterCaller): string {
  const site = ctx.sitePayload;
  const lang = truthy(site.lang) ? toS(site.lang) : null;
  const selfUrl = toS(filter('absolute_url', url));
  const parts = ['<?xml version="1.0" encoding="utf-8"?>'];
  if (data.xsl) parts.push(`<?xml-stylesheet type="text/xml" href="${toS(filter('absolute_url', '/feed.xslt.xml'))}"?>`);
  parts.push(`<feed xmlns="http://www.w3.org/2005/Atom" ${lang === null ? '' : `xml:lang="${lang}"`}>`);
  parts.push(`<generator uri="https://jekyllrb.com/" version="${toS(ctx.jekyll.version)}">Jekyll</generator>`);
  parts.push(`<link href="${selfUrl}" rel="self" type="application/atom+xml" />`);
  parts.push(`<link href="${toS(filter('absolute_url', '/'))}" rel="alternate" type="text/html" ${lang === null ? '' : `hreflang="${lang}" `}/>`);
  parts.push(`<updated>${toS(filter('date_to_xmlschema', site.time))}</updated>`);
  parts.push(`<id>${toS(filter('xml_escape', selfUrl))}</id>`);
  parts.push(...feedHeader(site, data, filter));
  for (const post of feedPosts(ctx, data)) parts.push(feedEntry(post, site, filter));
  parts.push('</feed>');
  return parts.join('');
}

function feedHeader(site: Hash, data: Hash, filter: FilterCaller): string[] {
  const parts: string[] = [];
  let title = orDefault(site.title, site.name);
  if (data.collection !== 'posts') title = `${toS(title)} | ${toS(filter('capitalize', data.collection))}`;
  if (truthy(data.category)) title = `${toS(title)} | ${toS(filter('capitalize', data.category))}`;
  if (truthy(title)) parts.push(`<title type="html">${toS(filter('xml_escape', filter('smartify', title)))}</title>`);
  if (truthy(site.description)) parts.push(`<subtitle>${toS(filter('xml_escape', site.description))}</subtitle>`);
  if (truthy(site.author)) {
    const author = site.author;
    parts.push(`<author><name>${toS(filter('xml_escape', orDefault(readProperty(author, 'name'), author)))}</name>`);
    const email = readProperty(author, 'email');
    const uri = readProperty(author, 'uri');
    if (truthy(email)) parts.push(`<email>${toS(filter('xml_escape', email))}</email>`);
    if (truthy(uri)) parts.push(`<uri>${toS(filter('xml_escape', uri))}</uri>`);
    parts.push('</author>');
  }
  return parts;
}

function feedPosts(ctx: RenderContext, data: Hash): Hash[] {
  const site = ctx.sitePayload;
  const collection = ctx.site.collections.find((c) => c.label === data.collection);
  let docs = (collection?.docs ?? []).filter((d) => !truthy(data.tags) || listOf(d.data.tags).includes(String(data.tags)));
  if (truthy(data.category)) docs = docs.filter((d) => listOf(d.liquid.categories).includes(String(data.category)));
  if (!site.show_drafts) docs = docs.filter((d) => d.liquid.draft !== true);
  const sorted = docs.map((d, i) => ({ d, i })).sort((a, b) => (a.d.date?.epochMs ?? 0) - (b.d.date?.epochMs ?? 0) || a.i - b.i);
  const feed = isHash(site.feed) ? site.feed : {};
  const limit = Number(orDefault(feed.posts_limit, 10));
  return sorted.reverse().slice(0, limit).map(({ d }) => d.liquid);
}
