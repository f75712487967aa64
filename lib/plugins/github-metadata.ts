import { execFileSync } from 'node:child_process';
import { deepMerge, isHash, type Hash } from '../config/merge.js';
import type { Site } from '../model/site.js';
import type { JtdPlugin } from './plugin.js';

const GITHUB_URL = 'https://github.com';

/**
 * jekyll-github-metadata 2.15, without the network: `site.github` with the repository's names and URLs,
 * from `PAGES_REPO_NWO`, the `repository` setting or the `origin` git remote, and the Pages
 * environment (`PAGES_ENV` ..., as the Ruby plugin reads them). Fields that need the GitHub API (the
 * Pages URL, contributors, releases, description ...) are left out. A `github:` hash in the config is
 * merged over the result; any other `github:` value replaces it.
 */
export const githubMetadata: JtdPlugin = {
  name: 'jekyll-github-metadata',
  afterReadIgnoresBodies: true,
  afterRead(site: Site): void {
    const nwo = repositoryNwo(site);
    addTitleFallback(site, nwo);
    const own = site.config.site.github;
    if (own !== undefined && own !== null && !isHash(own)) return;
    const metadata = repositoryMetadata(nwo, pagesEnv(site));
    site.config.site.github = isHash(own) ? deepMerge(metadata, own) : metadata;
  },
};

/** A site without a title (and without the older `name`) takes the repository's name, or its owner's for a user page. */
function addTitleFallback(site: Site, nwo: string | null): void {
  const config = site.config.site;
  const title = config.title;
  if (nwo === null || (title !== undefined && title !== null && title !== false) || (config.name !== undefined && config.name !== null)) return;
  const metadata = repositoryMetadata(nwo, pagesEnv(site));
  config.title = metadata.is_project_page ? metadata.repository_name : metadata.owner_name;
}

function repositoryNwo(site: Site): string | null {
  const fromEnv = process.env.PAGES_REPO_NWO;
  if (fromEnv) return fromEnv;
  const fromConfig = site.config.site.repository;
  if (typeof fromConfig === 'string' && fromConfig.includes('/')) return fromConfig;
  return nwoFromGitRemote(site.config.source);
}

function nwoFromGitRemote(source: string): string | null {
  let remotes: string;
  try {
    remotes = execFileSync('git', ['remote', '--verbose'], { cwd: source, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
  const origin = remotes.split('\n').find((line) => line.startsWith('origin\t'));
  const url = origin?.replace(/^origin\t(.*) \([a-z]+\)$/, '$1').replace(/\.git$/, '');
  const match = url ? /github\.com(?::|\/)([\w-]+)\/([\w.-]+)/.exec(url) : null;
  return match ? `${match[1]}/${match[2]}` : null;
}

function pagesEnv(site: Site): PagesEnv {
  const env = (key: string, fallback: string | undefined): string | undefined => process.env[key] || fallback;
  const trim = (url: string): string => url.replace(/\/$/, '');
  const environment = env('PAGES_ENV', site.config.environment) ?? 'development';
  const development = environment === 'development';
  return {
    environment,
    githubHostname: trim(env('PAGES_GITHUB_HOSTNAME', process.env.GITHUB_HOSTNAME) ?? 'github.com'),
    pagesHostname: trim(env('PAGES_PAGES_HOSTNAME', process.env.PAGES_HOSTNAME ?? (development ? 'localhost:4000' : undefined)) ?? 'github.io'),
    apiUrl: trim(env('PAGES_API_URL', process.env.API_URL) ?? 'https://api.github.com'),
    helpUrl: trim(env('PAGES_HELP_URL', process.env.HELP_URL) ?? 'https://help.github.com'),
  };
}

interface PagesEnv {
  environment: string;
  githubHostname: string;
  pagesHostname: string;
  apiUrl: string;
  helpUrl: string;
}

function repositoryMetadata(nwo: string | null, pages: PagesEnv): Hash {
  const common: Hash = {
    environment: pages.environment,
    pages_env: pages.environment,
    hostname: pages.githubHostname,
    pages_hostname: pages.pagesHostname,
    api_url: pages.apiUrl,
    help_url: pages.helpUrl,
  };
  if (nwo === null) return common;
  const [owner, name] = nwo.split('/');
  const ownerUrl = `${GITHUB_URL}/${owner}`;
  const repositoryUrl = `${ownerUrl}/${name}`;
  const userDomain = owner === 'github' ? `${owner}.${pages.githubHostname}` : `${owner}.${pages.pagesHostname}`;
  const userPage = [userDomain.toLowerCase(), `${owner}.github.com`.toLowerCase()].includes(name.toLowerCase());
  return {
    ...common,
    repository_nwo: nwo,
    repository_name: name,
    project_title: name,
    owner_name: owner,
    owner_url: ownerUrl,
    owner_gravatar_url: `${ownerUrl}.png`,
    repository_url: repositoryUrl,
    clone_url: `${repositoryUrl}.git`,
    releases_url: `${repositoryUrl}/releases`,
    is_user_page: userPage,
    is_project_page: !userPage,
  };
}
