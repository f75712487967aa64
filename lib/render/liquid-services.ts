import fs from 'node:fs';
import path from 'node:path';
import type { Liquid, Template } from 'liquidjs';
import type { IncludeFile, LiquidServices, TemplateTiming } from '../liquid/services.js';
import type { DependencyTracker } from '../deps/tracker.js';
import { collectionDocuments, postsCollection, type Site } from '../model/site.js';
import { escapeRegExp } from '../util/escape-regexp.js';
import { isWithin } from '../util/is-within.js';

export interface ServiceDeps {
  site: Site;
  themeDir: string | null;
  liquid: () => Liquid;
  relativeUrl: (url: string) => string;
  highlight: (code: string, lang: string, lineNumbers: boolean) => string;
  deps: DependencyTracker;
  cachedIncludes: LiquidServices['cachedIncludes'];
  /** Gets `include:<path>` of every file these services looked for as an include, found or not. */
  includesLoaded?: Set<string>;
  /** Where include renderings are timed (`--profile`), when they are. */
  timing?: () => TemplateTiming | null;
}

/** Include lookup (parsed once per build), `link` and `post_url` targets. */
export function createLiquidServices(deps: ServiceDeps): LiquidServices {
  const { site } = deps;
  const source = site.config.source;
  const includeDirs = [path.join(source, site.config.includesDir)];
  if (deps.themeDir) includeDirs.push(path.join(deps.themeDir, '_includes'));
  /** Parsed includes by path for this build; null remembers a file that does not exist. */
  const parsed = new Map<string, Template[] | null>();

  /** Where each include name was looked for and what was found, for this build. */
  const lookups = new Map<string, { tried: string[]; found: IncludeFile | null }>();
  let linkTargets: ReturnType<typeof linkTargetsOf> | null = null;

  const load = (absolute: string): IncludeFile | null => {
    const shownPath = path.relative(source, absolute).split(path.sep).join('/');
    let templates = parsed.get(absolute);
    if (templates === undefined) {
      const text = readIfFile(absolute);
      templates = text === null ? null : deps.liquid().parse(text, shownPath);
      parsed.set(absolute, templates);
    }
    return templates === null ? null : { shownPath, absolutePath: absolute, templates };
  };

  const lookUp = (name: string, candidates: () => string[]): IncludeFile | null => {
    let lookup = lookups.get(name);
    if (!lookup) {
      const tried: string[] = [];
      let found: IncludeFile | null = null;
      for (const file of candidates()) {
        tried.push(file);
        found = load(file);
        if (found) break;
      }
      lookup = { tried, found };
      lookups.set(name, lookup);
      for (const file of tried) deps.includesLoaded?.add(`include:${file}`);
    }
    for (const file of lookup.tried) deps.deps.record(`include:${file}`);
    return lookup.found;
  };

  return {
    includeDirs,
    cachedIncludes: deps.cachedIncludes,
    deps: deps.deps,
    findInclude(name) {
      return lookUp(name, () => includeDirs.map((dir) => path.resolve(dir, name)).filter((file, i) => isWithin(includeDirs[i]!, file)));
    },
    findRelativeInclude(fromSourcePath, name) {
      const file = path.resolve(source, path.posix.dirname(fromSourcePath), name);
      return isWithin(source, file) ? lookUp(`relative:${file}`, () => [file]) : null;
    },
    linkTarget(relativePath) {
      linkTargets ??= linkTargetsOf(site);
      return linkTargets.documents.get(relativePath) ?? linkTargets.files.get(`/${relativePath.replace(/^\/+/, '')}`) ?? null;
    },
    postUrl(name) {
      const match = /^(.+\/)*(\d+-\d+-\d+)-(.*)$/.exec(name.replace(/^\//, ''));
      if (!match) return null;
      const [, dir = '', date, slug] = match;
      const base = `${date}-${escapeRegExp(slug)}\\.[^.]+`;
      const pattern = new RegExp(`^_posts/${escapeRegExp(dir)}${base}|^${escapeRegExp(dir)}_posts/?${base}`);
      return postsCollection(site).docs.find((p) => pattern.test(p.relativePath))?.url ?? null;
    },
    relativeUrl: deps.relativeUrl,
    highlight: deps.highlight,
    timing: deps.timing ?? (() => null),
  };
}

function readIfFile(file: string): string | null {
  try {
    return fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : null;
  } catch {
    return null;
  }
}

/** URLs for `{% link %}`, by a page's or document's paths (the first one listed wins), then by static file path. */
function linkTargetsOf(site: Site): { documents: Map<string, string>; files: Map<string, string> } {
  const documents = new Map<string, string>();
  for (const item of [...site.pages, ...collectionDocuments(site)]) {
    for (const key of [item.relativePath, item.sourcePath]) if (!documents.has(key)) documents.set(key, item.url);
  }
  const files = new Map<string, string>();
  for (const file of site.staticFiles) if (!files.has(file.relativePath)) files.set(file.relativePath, file.url);
  return { documents, files };
}
