import { defaultLayout } from './default-layout.js';
import { feed } from './feed.js';
import { githubMetadata } from './github-metadata.js';
import { jemoji } from './jemoji.js';
import { optionalFrontMatter } from './optional-front-matter.js';
import { paginate } from './paginate.js';
import type { JtdPlugin } from './plugin.js';
import { readmeIndex } from './readme-index.js';
import { redirectFrom } from './redirect-from.js';
import { relativeLinks } from './relative-links.js';
import { sitemap } from './sitemap.js';
import { titlesFromHeadings } from './titles-from-headings.js';

/**
 * The plugins jtd re-implements, in the order Jekyll runs their generators (by priority: normal,
 * low, lowest); jemoji, a `post_render` hook, last.
 */
export const PLUGIN_TABLE: readonly JtdPlugin[] = [
  githubMetadata,
  optionalFrontMatter,
  redirectFrom,
  readmeIndex,
  titlesFromHeadings,
  defaultLayout,
  relativeLinks,
  feed,
  sitemap,
  paginate,
  jemoji,
];

/** Plugins whose work jtd does elsewhere (in the engine or the bundled theme), or that have nothing to do here. */
export const BUILT_IN_PLUGINS: Readonly<Record<string, string>> = {
  'jekyll-seo-tag': 'the {% seo %} tag is built in',
  'jekyll-include-cache': 'the {% include_cached %} tag is built in',
  'jekyll-remote-theme': 'a remote_theme of just-the-docs uses the bundled theme',
  'jekyll-sass-converter': 'Sass is built in',
  'jekyll-coffeescript': 'no CoffeeScript to convert',
  'jekyll-commonmark-ghpages': 'Markdown is converted as kramdown does',
  'just-the-docs': 'the theme is bundled',
};

/** Plugins jtd knows but does not (fully) do: what is different, for a warning when a site relies on them. */
export const PARTIAL_PLUGINS: Readonly<Record<string, string>> = {
  'jekyll-gist': 'the {% gist %} tag is not available',
};

export function findPlugin(name: string): JtdPlugin | undefined {
  return PLUGIN_TABLE.find((plugin) => plugin.name === name);
}
