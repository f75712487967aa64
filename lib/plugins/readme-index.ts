import path from 'node:path';
import { isHash } from '../config/merge.js';
import type { Document } from '../model/document.js';
import type { Site } from '../model/site.js';
import { createPage } from '../read/page.js';
import type { JtdPlugin, PluginReadEnv } from './plugin.js';
import { isMarkdownName, withPermalink } from './page-edit.js';

/**
 * jekyll-readme-index 0.3: a README in a folder without an index becomes that folder's index page.
 * Like the Ruby plugin, any page or file whose URL ends in `index.html` (in any folder) counts as an
 * index for every folder.
 */
export const readmeIndex: JtdPlugin = {
  name: 'jekyll-readme-index',
  afterReadIgnoresBodies: true,
  afterRead(site: Site, env: PluginReadEnv): void {
    const options = site.config.site.readme_index;
    const option = (key: string): unknown => (isHash(options) ? options[key] : undefined);
    if (option('enabled') === false) return;
    const readmes = site.staticFiles.filter((file) => isReadme(site, file.relativePath));
    for (const readme of readmes) {
      const folder = path.posix.dirname(readme.url);
      if (folderHasIndex(site, folder)) continue;
      const dir = path.posix.dirname(readme.sourcePath);
      const page = createPage(env.read, dir === '.' ? '' : dir, path.posix.basename(readme.sourcePath), readme.absolutePath);
      site.pages.push(withPermalink(page, `${folder}/`));
      if (option('remove_originals') === true) site.staticFiles = site.staticFiles.filter((f) => f !== readme);
    }
    if (option('with_frontmatter') === true) makeIndexesOfReadmePages(site);
  },
};

function makeIndexesOfReadmePages(site: Site): void {
  site.pages = site.pages.map((page) => {
    if (!isReadme(site, `/${String(page.liquid.path)}`) || folderHasIndex(site, path.posix.dirname(page.url))) return page;
    return withPermalink(page, `${path.posix.dirname(page.url)}/`);
  });
}

function isReadme(site: Site, relativePath: string): boolean {
  const name = path.posix.basename(relativePath);
  const dot = name.lastIndexOf('.');
  return dot > 0 && name.slice(0, dot).toLowerCase() === 'readme' && isMarkdownName(site, name);
}

function folderHasIndex(site: Site, folder: string): boolean {
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  const isIndex = (url: string): boolean => url.toLowerCase() === prefix.toLowerCase() || /index\.(html?|xhtml|xml)$/i.test(url);
  return site.pages.some((p: Document) => isIndex(p.url)) || site.staticFiles.some((f) => isIndex(f.url));
}
