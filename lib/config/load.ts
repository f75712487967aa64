import fs from 'node:fs';
import path from 'node:path';
import { loadYaml } from '../yaml/index.js';
import { SiteError, lineOf } from '../errors/site-error.js';
import { YamlError } from '../yaml/index.js';
import { jekyllDefaults, DEFAULT_EXCLUDES } from './defaults.js';
import { deepMerge, isHash, type Hash } from './merge.js';
import type { CollectionConfig, DefaultScope, SiteConfig } from './config.js';
import { styleToPermalink } from '../url/permalink-styles.js';

export interface ConfigOverrides {
  source: string;
  destination?: string;
  configFiles?: string[];
  baseurl?: string;
  drafts?: boolean;
  future?: boolean;
  unpublished?: boolean;
  /** Jekyll's `--limit_posts N`: sets `limit_posts`. */
  limitPosts?: number;
  /** Jekyll's `--strict_front_matter`: sets `strict_front_matter`. */
  strictFrontMatter?: boolean;
  /** Jekyll's `--disable-disk-cache`: sets `disable_disk_cache`. */
  disableDiskCache?: boolean;
  environment?: string;
  /** `jtd serve` sets `url` to the address it serves on, as `jekyll serve` does in development. */
  url?: string;
}

const DEFAULT_CONFIG_NAMES = ['_config.yml', '_config.yaml'];

export function loadConfig(overrides: ConfigOverrides): SiteConfig {
  const source = path.resolve(overrides.source);
  let values = jekyllDefaults();
  for (const file of configFiles(source, overrides.configFiles)) {
    values = deepMerge(values, readConfigFile(file));
  }
  values = deepMerge(values, cliValues(overrides, source));
  return buildSiteConfig(values, source, overrides.environment ?? 'development');
}

/**
 * The configuration when it can be read (null: the build reports why), and the folder the site builds into: the
 * configuration's destination, or else the destination option (default: `_site` in the source). What a watcher
 * leaves out and a server serves. `known`: the configuration a build just read, if it could (not read again).
 */
export function buildFolder(overrides: ConfigOverrides, known: SiteConfig | null = null): { config: SiteConfig | null; destination: string } {
  try {
    const config = known ?? loadConfig(overrides);
    return { config, destination: config.destination };
  } catch {
    return { config: null, destination: path.resolve(overrides.destination ?? path.join(overrides.source, '_site')) };
  }
}

function configFiles(source: string, explicit: string[] | undefined): string[] {
  if (explicit && explicit.length > 0) return explicit.map((f) => path.resolve(f));
  const found = DEFAULT_CONFIG_NAMES.map((n) => path.join(source, n)).find((f) => fs.existsSync(f));
  return found ? [found] : [];
}

function readConfigFile(file: string): Hash {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new SiteError(`The configuration file ${file} could not be read.`, { file });
  }
  const data = parseConfigText(file, text);
  if (data === null || data === undefined || data === false) return {};
  if (!isHash(data)) {
    throw new SiteError('The configuration file must be a YAML mapping (key: value lines).', { file, line: 1 });
  }
  return data;
}

function parseConfigText(file: string, text: string): unknown {
  try {
    return file.endsWith('.json') ? JSON.parse(text) : loadYaml(text, { filename: file, timezone: null });
  } catch (error) {
    if (error instanceof YamlError) {
      throw new SiteError(`Invalid configuration: ${error.reason}`, {
        file,
        line: error.line,
        column: error.column,
        sourceLine: lineOf(text, error.line),
      });
    }
    throw new SiteError(`Invalid configuration: ${(error as Error).message}`, { file });
  }
}

function cliValues(o: ConfigOverrides, source: string): Hash {
  const values: Hash = { source };
  if (o.destination !== undefined) values.destination = path.resolve(o.destination);
  if (o.baseurl !== undefined) values.baseurl = o.baseurl;
  if (o.url !== undefined) values.url = o.url;
  if (o.drafts) values.show_drafts = true;
  if (o.future) values.future = true;
  if (o.unpublished) values.unpublished = true;
  if (o.limitPosts !== undefined) values.limit_posts = o.limitPosts;
  if (o.strictFrontMatter) values.strict_front_matter = true;
  if (o.disableDiskCache) values.disable_disk_cache = true;
  return values;
}

function buildSiteConfig(values: Hash, source: string, environment: string): SiteConfig {
  const destination = path.resolve(source, String(values.destination ?? '_site'));
  values.destination = destination;
  values.plugins = listOf(values.plugins ?? values.gems);
  const permalink = String(values.permalink ?? 'date');
  const collections = readCollections(values, permalink);
  return {
    site: values,
    source,
    destination,
    timezone: typeof values.timezone === 'string' && values.timezone ? values.timezone : null,
    collectionsDir: stripSlashes(String(values.collections_dir ?? '')),
    layoutsDir: String(values.layouts_dir ?? '_layouts'),
    includesDir: String(values.includes_dir ?? '_includes'),
    dataDir: String(values.data_dir ?? '_data'),
    include: listOf(values.include).map(String),
    exclude: [...listOf(values.exclude).map(String), ...DEFAULT_EXCLUDES],
    keepFiles: listOf(values.keep_files).map(String),
    markdownExts: new Set(String(values.markdown_ext ?? '').split(',').map((e) => `.${e.trim().toLowerCase()}`)),
    permalink,
    defaults: readDefaults(values.defaults),
    collections,
    showDrafts: values.show_drafts === true,
    future: values.future === true,
    unpublished: values.unpublished === true,
    limitPosts: limitPostsOf(values.limit_posts),
    excerptSeparator: String(values.excerpt_separator ?? '\n\n'),
    environment,
    baseurl: typeof values.baseurl === 'string' ? values.baseurl : '',
    url: typeof values.url === 'string' ? values.url : '',
  };
}

/** `limit_posts`: a whole number, 0 or more (Jekyll stops with an error on a negative one). */
function limitPostsOf(value: unknown): number {
  if (value === null || value === undefined || value === false) return 0;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  throw new SiteError(`limit_posts must be a non-negative whole number, not ${JSON.stringify(value)}.`);
}

function listOf(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter(Boolean);
  return [value];
}

function stripSlashes(dir: string): string {
  return dir.replace(/^\/+|\/+$/g, '');
}

function readCollections(values: Hash, sitePermalink: string): CollectionConfig[] {
  const raw = values.collections;
  const table: Hash = {};
  if (Array.isArray(raw)) for (const label of raw) table[String(label)] = {};
  else if (isHash(raw)) Object.assign(table, raw);
  const posts = isHash(table.posts) ? { ...table.posts } : {};
  posts.output = true;
  if (posts.permalink === undefined || posts.permalink === null) posts.permalink = styleToPermalink(sitePermalink);
  const ordered: Hash = { posts, ...table };
  ordered.posts = posts;
  values.collections = ordered;
  return Object.entries(ordered).map(([label, meta]) => collectionConfig(label, isHash(meta) ? meta : {}));
}

function collectionConfig(label: string, meta: Hash): CollectionConfig {
  return {
    label,
    output: meta.output === true,
    permalink: typeof meta.permalink === 'string' ? meta.permalink : null,
    sortBy: typeof meta.sort_by === 'string' ? meta.sort_by : null,
    order: Array.isArray(meta.order) ? meta.order.map(String) : null,
    metadata: meta,
  };
}

function readDefaults(raw: unknown): DefaultScope[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isHash).map((entry, index) => {
    const scope = isHash(entry.scope) ? entry.scope : {};
    return {
      path: typeof scope.path === 'string' ? scope.path : '',
      type: typeof scope.type === 'string' ? scope.type : null,
      values: isHash(entry.values) ? entry.values : {},
      index,
    };
  });
}
