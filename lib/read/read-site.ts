import path from 'node:path';
import type { SiteConfig } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import type { Collection } from '../model/collection.js';
import type { Document } from '../model/document.js';
import { postsCollection, type Site } from '../model/site.js';
import type { StaticFile } from '../model/static-file.js';
import { TimeZone } from '../time/index.js';
import { FrontMatterDefaults } from './defaults.js';
import { EntryFilter } from './entry-filter.js';
import { createDocument } from './document.js';
import { SourceCache } from './source-cache.js';
import type { RubyTime } from '../values/time.js';
import { readLayouts } from './layouts.js';
import { readData } from './data.js';
import { createPage } from './page.js';
import type { ReadContext } from './read-context.js';
import { createStaticFile } from './static-file.js';
import { sortDocuments } from './sort-documents.js';
import { compareNames, joinRel, listFiles } from './walk.js';
import { applyReadPlugins } from '../plugins/apply-plugins.js';

const POST_FILENAME = /^(?:.+\/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$/;

export interface ReadOptions {
  /** Kept by a watching session so rebuilds read again only changed files. */
  sources?: SourceCache;
  /** `site.time`; a watching session keeps the time of its first build. */
  now?: RubyTime;
}

/** Reads the whole site: layouts, pages, static files, posts, collections and data. */
export function readSite(config: SiteConfig, logger: Logger, themeDir: string | null, options: ReadOptions = {}): Site {
  return readSiteWith(createReadContext(config, logger, options), themeDir);
}

/** What reading needs for one configuration; a watching session keeps it to read single files again. */
export function createReadContext(config: SiteConfig, logger: Logger, options: ReadOptions = {}): ReadContext {
  const zone = TimeZone.load(config.timezone);
  return {
    config,
    zone,
    sources: options.sources ?? new SourceCache(),
    logger,
    filter: new EntryFilter(config.source, config.include, config.exclude),
    defaults: new FrontMatterDefaults(config),
    now: options.now ?? zone.timeAt(Date.now()),
  };
}

export function readSiteWith(ctx: ReadContext, themeDir: string | null): Site {
  const config = ctx.config;
  const collections = config.collections.map((c) => newCollection(config, c.label, c));
  const site: Site = {
    config,
    pages: [],
    staticFiles: [],
    collections,
    layouts: readLayouts(ctx, themeDir),
    data: {},
    generated: [],
    time: ctx.now,
  };
  readDirectory(ctx, site, '');
  site.pages.sort((a, b) => compareNames(path.posix.basename(a.sourcePath), path.posix.basename(b.sourcePath)));
  site.data = readData(ctx, themeDir);
  for (const collection of collections) {
    if (collection.label !== 'posts') readCollection(ctx, site, collection);
  }
  const posts = collections.find((c) => c.label === 'posts')!;
  posts.docs = posts.docs.filter((doc) => publishable(ctx, doc));
  for (const collection of collections) sortDocuments(collection);
  // Jekyll's Site#limit_posts!: the newest posts (the last, in date order) after reading.
  if (config.limitPosts > 0) posts.docs = posts.docs.slice(-config.limitPosts);
  site.staticFiles.sort((a, b) => compareNames(a.relativePath, b.relativePath));
  if (themeDir && path.resolve(themeDir) !== config.source) readThemeAssets(ctx, site, themeDir);
  applyReadPlugins(ctx, site);
  return site;
}

function newCollection(config: SiteConfig, label: string, c: SiteConfig['collections'][number]): Collection {
  const directory = joinRel(config.collectionsDir, `_${label}`);
  return { config: c, label, directory, docs: [], files: [], liquid: {} };
}

/** Jekyll's Reader#read_directories: pages and static files, and posts in every `_posts`. */
function readDirectory(ctx: ReadContext, site: Site, dir: string): void {
  const absolute = path.join(ctx.config.source, dir);
  if (path.resolve(absolute) === ctx.config.destination) return;
  const listing = ctx.sources.listing(absolute, ctx.config.source);
  const entries = ctx.sources.kept(listing, `${ctx.filter.key}\u0000${dir}`, (e) => ctx.filter.keeps(dir, e.name, e.isDirectory()));
  readPosts(ctx, site, dir);
  for (const entry of entries) if (entry.isDirectory()) readDirectory(ctx, site, joinRel(dir, entry.name));
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const sourcePath = joinRel(dir, entry.name);
    const full = path.join(absolute, entry.name);
    const source = ctx.sources.entry(full);
    if (source.hasFrontMatter) {
      const page = createPage(ctx, dir, entry.name, full);
      if (page.data.published !== false || ctx.config.unpublished) site.pages.push(page);
    } else {
      site.staticFiles.push(createStaticFile(ctx, sourcePath, full, source.mtimeMs, null, dir));
    }
  }
}

function readPosts(ctx: ReadContext, site: Site, dir: string): void {
  const collectionsDir = ctx.config.collectionsDir;
  if (collectionsDir && !(dir === collectionsDir || dir.startsWith(`${collectionsDir}/`))) return;
  const posts = postsCollection(site);
  for (const file of listFiles(ctx, path.join(ctx.config.source, dir, '_posts'), joinRel(dir, '_posts'))) {
    if (!POST_FILENAME.test(file)) continue;
    posts.docs.push(readDocumentFile(ctx, posts, joinRel(dir, `_posts/${file}`), false));
  }
  if (!ctx.config.showDrafts) return;
  for (const file of listFiles(ctx, path.join(ctx.config.source, dir, '_drafts'), joinRel(dir, '_drafts'))) {
    posts.docs.push(readDocumentFile(ctx, posts, joinRel(dir, `_drafts/${file}`), true));
  }
}

function readDocumentFile(ctx: ReadContext, collection: Collection, sourcePath: string, draft: boolean): Document {
  const absolutePath = path.join(ctx.config.source, sourcePath);
  return createDocument(ctx, { collection, sourcePath, absolutePath, draft });
}

function readCollection(ctx: ReadContext, site: Site, collection: Collection): void {
  const root = path.join(ctx.config.source, collection.directory);
  for (const file of listFiles(ctx, root, collection.directory)) {
    const sourcePath = `${collection.directory}/${file}`;
    const full = path.join(root, file);
    const source = ctx.sources.entry(full);
    if (source.hasFrontMatter) {
      const doc = readDocumentFile(ctx, collection, sourcePath, false);
      if (doc.data.published !== false || ctx.config.unpublished) collection.docs.push(doc);
    } else {
      const dir = path.posix.dirname(`_${collection.label}/${file}`);
      const staticFile: StaticFile = createStaticFile(ctx, sourcePath, full, source.mtimeMs, collection, dir);
      collection.files.push(staticFile);
      site.staticFiles.push(staticFile);
    }
  }
}

/** Jekyll's ThemeAssetsReader: the theme's `assets/`, unless the site has a file at the same path. */
function readThemeAssets(ctx: ReadContext, site: Site, themeDir: string): void {
  const root = path.join(themeDir, 'assets');
  for (const file of listFiles(ctx, root, null)) {
    const sourcePath = `assets/${file}`;
    const dir = path.posix.dirname(sourcePath);
    const full = path.join(root, file);
    const taken = site.pages.some((p) => p.relativePath === sourcePath) || site.staticFiles.some((f) => f.relativePath === `/${sourcePath}`);
    if (taken) continue;
    const source = ctx.sources.entry(full);
    if (source.hasFrontMatter) {
      site.pages.push(createPage(ctx, dir, path.posix.basename(file), full));
    } else {
      site.staticFiles.push(createStaticFile(ctx, sourcePath, full, source.mtimeMs, null, dir));
    }
  }
}

/** Publisher#publish?: not `published: false` (unless --unpublished), not dated in the future (unless --future). */
function publishable(ctx: ReadContext, doc: Document): boolean {
  if (doc.data.published === false && !ctx.config.unpublished) return false;
  if (!ctx.config.future && doc.date && Math.floor(doc.date.epochMs / 1000) > Math.floor(ctx.now.epochMs / 1000)) return false;
  return true;
}
