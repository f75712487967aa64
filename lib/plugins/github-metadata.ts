import { execFileSync } from 'node:child_process';
import { deepMerge, isHash, type Hash } from '../config/merge.js';
import type { Site } from '../model/site.js';
import type { JtdPlugin } from './plugin.js';

const GITHUB_URL = 'https://github.com';
const PAGES_HOSTNAME = 'github.io';

/**
 * jekyll-github-metadata 2.15, without the network: `site.github` with the repository's names and URLs,
 * from `PAGES_REPO_NWO`, the `repository` setting or the `origin` git remote. Fields that need the
 * GitHub API (contributors, releases, description ...) are left out. A `github:` hash in the config is
 * merged over the result; any other `github:` value replaces it.
 */
export const githubMetadata: JtdPlugin = {
  name: 'jekyll-github-metadata',
  afterRead(site: Site): void {
    const own = site.config.site.github;
    if (own !== undefined && own !== null && !isHash(own)) return;
    const metadata = repositoryMetadata(repositoryNwo(site));
    site.config.site.github = isHash(own) ? deepMerge(metadata, own) : metadata;
  },
};

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

function repositoryMetadata(nwo: string | null): Hash {
  const env = process.env.PAGES_ENV || process.env.JEKYLL_ENV || 'development';
  const common: Hash = {
    environment: env,
    pages_env: env,
    hostname: 'github.com',
    pages_hostname: PAGES_HOSTNAME,
    api_url: 'https://api.github.com',
    help_url: 'https://help.github.com',
  };
  if (nwo === null) return common;
  const [owner, name] = nwo.split('/');
  const ownerUrl = `${GITHUB_URL}/${owner}`;
  const repositoryUrl = `${ownerUrl}/${name}`;
  const userPage = name.toLowerCase() === `${owner.toLowerCase()}.${PAGES_HOSTNAME}`;
  const pagesUrl = userPage ? `https://${owner.toLowerCase()}.${PAGES_HOSTNAME}` : `https://${owner.toLowerCase()}.${PAGES_HOSTNAME}/${name}`;
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
    url: pagesUrl,
    baseurl: userPage ? '' : `/${name}`,
  };
}
