import path from 'node:path';
import type { DefaultScope, SiteConfig } from '../config/config.js';
import { deepMerge, type Hash } from '../config/merge.js';
import { fnmatchToRegExp } from './fnmatch.js';

const TYPE_ALIASES: Record<string, string> = { page: 'pages', post: 'posts', draft: 'drafts' };

/** Jekyll's FrontmatterDefaults: the `defaults:` values that apply to a file, with Jekyll's precedence. */
export class FrontMatterDefaults {
  private readonly globs = new Map<string, RegExp>();

  constructor(private readonly config: SiteConfig) {}

  all(relativePath: string, type: string | null): Hash {
    let merged: Hash = {};
    let winner: DefaultScope | null = null;
    for (const scope of this.config.defaults) {
      if (!this.applies(scope, relativePath, type)) continue;
      if (hasPrecedence(winner, scope)) {
        merged = deepMerge(merged, scope.values);
        winner = scope;
      } else {
        merged = deepMerge(scope.values, merged);
      }
    }
    return merged;
  }

  private applies(scope: DefaultScope, relativePath: string, type: string | null): boolean {
    if (scope.type !== null && (TYPE_ALIASES[scope.type] ?? scope.type) !== type) return false;
    if (scope.path === '') return true;
    const file = sanitize(relativePath);
    if (scope.path.includes('*')) return this.globMatches(scope.path, file);
    return file.startsWith(this.stripCollectionsDir(sanitize(scope.path)));
  }

  private globMatches(pattern: string, file: string): boolean {
    const glob = this.glob(this.stripCollectionsDir(sanitize(pattern)));
    const parts = file.split('/');
    for (let i = 1; i <= parts.length; i++) if (glob.test(parts.slice(0, i).join('/'))) return true;
    return false;
  }

  private glob(pattern: string): RegExp {
    let re = this.globs.get(pattern);
    if (!re) {
      re = dirGlobToRegExp(pattern);
      this.globs.set(pattern, re);
    }
    return re;
  }

  private stripCollectionsDir(scopePath: string): string {
    const dir = this.config.collectionsDir;
    if (!dir) return scopePath;
    const prefix = `${dir}/`;
    return scopePath.startsWith(prefix) ? scopePath.slice(prefix.length) : scopePath;
  }
}

function hasPrecedence(old: DefaultScope | null, next: DefaultScope): boolean {
  if (old === null) return true;
  const newLength = sanitize(next.path).length;
  const oldLength = sanitize(old.path).length;
  if (newLength !== oldLength) return newLength >= oldLength;
  return next.type !== null || old.type === null;
}

function sanitize(p: string): string {
  return p.startsWith('/') ? p.replace(/^\//, '') : p;
}

/** Dir.glob: `*` stays inside one folder, `**` crosses folders. */
function dirGlobToRegExp(pattern: string): RegExp {
  const segments = path.posix.normalize(pattern).split('/');
  const body = segments
    .map((segment) => (segment === '**' ? '(?:.*)' : fnmatchToRegExp(segment).source.slice(1, -1).replace(/\.\*/g, '[^/]*')))
    .join('/');
  return new RegExp(`^${body.replace(/\(\?:\.\*\)\//g, '(?:.*/)?')}$`);
}
