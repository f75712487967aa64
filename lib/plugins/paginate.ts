import path from 'node:path';
import type { Hash } from '../config/merge.js';
import type { Document } from '../model/document.js';
import { postsCollection, type Site } from '../model/site.js';
import { HTML_EXTENSIONS, destinationFor } from '../read/output-ext.js';
import { fillFromHash, sanitizeUrl } from '../url/url.js';
import { truthy } from './liquid-truth.js';
import { laterPagePath, pageCount, pagerFor, rubyToI, type PagerSeries } from './paginate-pager.js';
import type { JtdPlugin, PluginReadEnv } from './plugin.js';
import { pageDir as jekyllPageDir } from '../read/page.js';

const NO_TEMPLATE =
  "Pagination: Pagination is enabled, but I couldn't find an index.html page to use as the pagination template. Skipping pagination.";

/**
 * jekyll-paginate 1.1: with `paginate: N`, the `index.html` page nearest to `paginate_path`'s folder
 * gets a `paginator` over the site's posts (newest first, `hidden` ones left out), and a copy of it is
 * added for each further page at `paginate_path` with `:num` filled. Copies and the template page are
 * new documents on every read, so a rebuild compares them with the last build's.
 */
export const paginate: JtdPlugin = {
  name: 'jekyll-paginate',
  afterRead(site: Site, env: PluginReadEnv): void {
    const perPage = perPageOf(site);
    if (perPage === null || site.pages.length === 0) return;
    const template = templatePage(site);
    if (!template) {
      env.read.logger.warn(NO_TEMPLATE);
      return;
    }
    if (perPage === 0) {
      env.read.logger.warn('Pagination: `paginate` must be a positive number of posts per page. Skipping pagination.');
      return;
    }
    paginateWith(site, template, perPage);
  },
};

/** `paginate` as Ruby's to_i reads it; null when it is not set (or is not a number Ruby could read). */
function perPageOf(site: Site): number | null {
  const value = site.config.site.paginate;
  return value === undefined || value === null ? null : rubyToI(value);
}

function paginateWith(site: Site, template: Document, perPage: number): void {
  const posts = paginatedPosts(site);
  const totalPages = pageCount(posts.length, perPage);
  const paginatePath = String(site.config.site.paginate_path ?? '/page:num');
  const series: PagerSeries = {
    posts,
    perPage,
    totalPages,
    pathOf: (num) => (num <= 1 ? template.url : laterPagePath(paginatePath, num)),
  };
  for (let num = 1; num <= totalPages; num++) {
    const paginator = pagerFor(series, num);
    if (num === 1) replacePage(site, template, { ...template, liquid: { ...template.liquid }, origin: {}, paginator });
    else site.pages.push(laterPage(template, laterPagePath(paginatePath, num), paginator));
  }
}

/** `site.posts` as the plugin reads it: newest first, without posts whose front matter sets `hidden`. */
function paginatedPosts(site: Site): Hash[] {
  const posts = postsCollection(site).docs;
  return [...posts]
    .reverse()
    .filter((post) => !truthy(post.data.hidden))
    .map((post) => post.liquid);
}

/**
 * Page `num` > 1: the template page read again with its `dir` set to the page's path, as the plugin
 * does. Its `path`, `name`, data and content stay the template's; its URL follows from the new folder.
 */
function laterPage(template: Document, dir: string, paginator: Hash): Document {
  const url = laterPageUrl(template, dir);
  const liquid: Hash = { ...template.liquid, url, dir: jekyllPageDir(url) };
  return {
    ...template,
    sourcePath: `paginate:${url}`,
    data: { ...template.data },
    liquid,
    url,
    destPath: destinationFor(url, template.outputExt, 'index'),
    origin: {},
    output: null,
    paginator,
  };
}

/** Jekyll's Page#url with `@dir` replaced: the page's permalink if it has one, else `/:path/` for an HTML index. */
function laterPageUrl(template: Document, dir: string): string {
  const permalink = template.data.permalink;
  const pattern =
    typeof permalink === 'string' && permalink !== ''
      ? permalink
      : HTML_EXTENSIONS.has(template.outputExt)
        ? '/:path/'
        : '/:path/:basename:output_ext';
  const basename = path.posix.basename(String(template.liquid.name), template.ext);
  return sanitizeUrl(fillFromHash(pattern, { path: dir, basename, output_ext: template.outputExt }));
}

function replacePage(site: Site, page: Document, replacement: Document): void {
  const at = site.pages.indexOf(page);
  if (at >= 0) site.pages[at] = replacement;
}

/**
 * Pagination.template_page: of the pages named `index.html` whose folder is `paginate_path`'s folder or
 * one above it, the one with the longest path.
 */
function templatePage(site: Site): Document | undefined {
  const source = site.config.source;
  const paginatePath = String(site.config.site.paginate_path ?? '/page:num').replace(/^\//, '');
  const paginateDir = path.dirname(path.resolve(source, paginatePath));
  const candidates = site.pages.filter((page) => page.liquid.name === 'index.html' && isAtOrAbove(pageDir(source, page), paginateDir));
  return candidates.sort((a, b) => pagePath(b).length - pagePath(a).length)[0];
}

function pagePath(page: Document): string {
  return String(page.liquid.path ?? page.relativePath);
}

function pageDir(source: string, page: Document): string {
  return path.dirname(path.resolve(source, pagePath(page).replace(/^\//, '')));
}

/** Pager.in_hierarchy: `dir` is `paginateDir` or one of its ancestors, the filesystem root excepted. */
function isAtOrAbove(dir: string, paginateDir: string): boolean {
  for (let current = paginateDir; current !== path.dirname(current); current = path.dirname(current)) {
    if (current === dir) return true;
  }
  return false;
}
