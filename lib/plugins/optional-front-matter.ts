import path from 'node:path';
import { isHash } from '../config/merge.js';
import type { Site } from '../model/site.js';
import type { StaticFile } from '../model/static-file.js';
import { createPage } from '../read/page.js';
import { fnmatchToRegExp } from '../read/fnmatch.js';
import type { JtdPlugin, PluginReadEnv } from './plugin.js';
import { isMarkdownName } from './page-edit.js';

/** Markdown files with these names (any case) stay plain files unless `include`d or given front matter. */
const SKIPPED_NAMES = new Set([
  'README',
  'LICENSE',
  'LICENCE',
  'COPYING',
  'CODE_OF_CONDUCT',
  'CONTRIBUTING',
  'ISSUE_TEMPLATE',
  'PULL_REQUEST_TEMPLATE',
]);

/**
 * jekyll-optional-front-matter 0.3: every Markdown file without front matter also becomes a page. The
 * file itself is still copied as it is, unless `optional_front_matter.remove_originals` (or
 * `require_front_matter`) is set.
 */
export const optionalFrontMatter: JtdPlugin = {
  name: 'jekyll-optional-front-matter',
  afterReadIgnoresBodies: true,
  afterRead(site: Site, env: PluginReadEnv): void {
    const options = site.config.site.optional_front_matter;
    const option = (key: string): unknown => (isHash(options) ? options[key] : undefined);
    const requireFrontMatter = Boolean(site.config.site.require_front_matter);
    if (option('enabled') === false || requireFrontMatter) return;
    const markdown = site.staticFiles.filter((file) => isMarkdownName(site, file.liquid.name as string));
    const kept = markdown.filter((file) => !isSkipped(site, file));
    for (const file of kept) site.pages.push(pageFrom(env, file));
    if (option('remove_originals') === true || requireFrontMatter) {
      site.staticFiles = site.staticFiles.filter((file) => !kept.includes(file));
    }
  },
};

function pageFrom(env: PluginReadEnv, file: StaticFile): ReturnType<typeof createPage> {
  const dir = path.posix.dirname(file.sourcePath);
  return createPage(env.read, dir === '.' ? '' : dir, path.posix.basename(file.sourcePath), file.absolutePath);
}

function isSkipped(site: Site, file: StaticFile): boolean {
  if (isIncluded(site, file.sourcePath)) return false;
  const name = String(file.liquid.name);
  const base = name.slice(0, name.lastIndexOf('.'));
  return SKIPPED_NAMES.has(base.toUpperCase());
}

/** Jekyll's EntryFilter#included?: the path or its file name matches an `include` entry. */
function isIncluded(site: Site, relativePath: string): boolean {
  const candidates = [relativePath, path.posix.basename(relativePath)];
  return site.config.include.some((pattern) => {
    const glob = fnmatchToRegExp(pattern);
    return candidates.some((c) => c === pattern || glob.test(c));
  });
}
