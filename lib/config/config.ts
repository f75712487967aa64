import type { Hash } from './merge.js';

/** One default scope of `defaults:` in _config.yml. */
export interface DefaultScope {
  path: string;
  type: string | null;
  values: Hash;
  index: number;
}

export interface CollectionConfig {
  label: string;
  output: boolean;
  permalink: string | null;
  sortBy: string | null;
  order: string[] | null;
  metadata: Hash;
}

/** The site configuration, read once per build; `site` is what templates see as `site.*`. */
export interface SiteConfig {
  readonly site: Hash;
  readonly source: string;
  readonly destination: string;
  readonly timezone: string | null;
  readonly collectionsDir: string;
  readonly layoutsDir: string;
  readonly includesDir: string;
  readonly dataDir: string;
  readonly include: string[];
  readonly exclude: string[];
  readonly keepFiles: string[];
  readonly markdownExts: Set<string>;
  readonly permalink: string;
  readonly defaults: DefaultScope[];
  readonly collections: CollectionConfig[];
  readonly showDrafts: boolean;
  readonly future: boolean;
  readonly unpublished: boolean;
  /** `limit_posts`: only this many of the newest posts are read and published (0: all of them). */
  readonly limitPosts: number;
  readonly excerptSeparator: string;
  readonly environment: string;
  readonly baseurl: string;
  readonly url: string;
}
