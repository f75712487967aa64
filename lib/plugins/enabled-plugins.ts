import fs from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/config.js';

/** The plugins GitHub Pages always runs (the github-pages gem's defaults) that jtd implements. */
export const GITHUB_PAGES_DEFAULTS = [
  'jekyll-optional-front-matter',
  'jekyll-readme-index',
  'jekyll-titles-from-headings',
  'jekyll-default-layout',
  'jekyll-relative-links',
  'jekyll-github-metadata',
  'jekyll-paginate',
] as const;

/** The plugin names a site asks for, and whether it builds the way GitHub Pages does. */
export interface RequestedPlugins {
  /** Names from `plugins:` (and the older `gems:`), in the order given. */
  readonly listed: string[];
  /**
   * A `remote_theme`, or a Gemfile naming `github-pages`: the site is built the way GitHub Pages builds
   * it, so Pages' default plugins are on. A site without a Gemfile is built as plain Jekyll builds it
   * (GitHub Pages would add its defaults there; `jtd doctor` says so, and listing them in `plugins:`
   * turns them on).
   */
  readonly githubPages: boolean;
}

export function requestedPlugins(config: SiteConfig): RequestedPlugins {
  return { listed: listedPluginNames(config), githubPages: buildsLikeGithubPages(config) };
}

/** Names from `plugins:` and `gems:` only (no file is read: cheap enough to ask for every page). */
export function listedPluginNames(config: SiteConfig): string[] {
  return [...new Set([...namesIn(config.site.plugins), ...namesIn(config.site.gems)])];
}

/** Whether one plugin is on. */
export function isPluginEnabled(config: SiteConfig, name: string): boolean {
  if (listedPluginNames(config).includes(name)) return true;
  return (GITHUB_PAGES_DEFAULTS as readonly string[]).includes(name) && buildsLikeGithubPages(config);
}

/** Every plugin name that is on: the listed ones, plus GitHub Pages' defaults when the site builds like Pages. */
export function enabledPluginNames(requested: RequestedPlugins): Set<string> {
  const names = new Set(requested.listed);
  if (requested.githubPages) for (const name of GITHUB_PAGES_DEFAULTS) names.add(name);
  return names;
}

function namesIn(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

function buildsLikeGithubPages(config: SiteConfig): boolean {
  if (typeof config.site.remote_theme === 'string' && config.site.remote_theme !== '') return true;
  const gemfile = path.join(config.source, 'Gemfile');
  if (!fs.existsSync(gemfile)) return false;
  return /^\s*gem\s+["']github-pages["']/m.test(fs.readFileSync(gemfile, 'utf8'));
}
