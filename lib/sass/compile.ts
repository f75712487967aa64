import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompiledCssCache, cacheKey } from './compiled-css-cache.js';
import type { Hash } from '../config/merge.js';
import { isHash } from '../config/merge.js';
import { SassFailure, type CompiledSass, type SassJob, type SassWorker } from './sass-worker-client.js';
import { SharedCompilations } from './shared-compilations.js';
import { sassSiteError, type Stylesheet } from './sass-error.js';
import { importableNames, importFolders } from './import-folders.js';

/** What a stylesheet compiles to: the CSS as jekyll-sass-converter 3 writes it, and its source map, if any. */
export interface CompiledCss {
  css: string;
  sourceMap: string | null;
}

/** A stylesheet being compiled: `done` settles when it is; `now()` waits for it if it has to. */
export interface PendingCss {
  readonly done: Promise<CompiledCss>;
  now(): CompiledCss;
}

/** A stylesheet page: its source file's name without the extension names its CSS and its source map. */
export interface StylesheetPage {
  basename: string;
}

export interface SassCompiler {
  /**
   * CSS for a `.scss`/`.sass` body, as jekyll-sass-converter 3 (Dart Sass) writes it, waiting for it; a
   * stylesheet `page` also gets a source map when the site asks for them. `firstLine` is the file line the body
   * starts on, for error locations.
   */
  compile(source: string, syntax: 'scss' | 'indented', file: string, firstLine?: number, page?: StylesheetPage): CompiledCss;
  /** The same, compiled while the build goes on. */
  compileLater(source: string, syntax: 'scss' | 'indented', file: string, firstLine?: number, page?: StylesheetPage): PendingCss;
}

export interface SassSettings {
  style: 'expanded' | 'compressed';
  loadPaths: string[];
  /** The site's source folder: error locations are shown relative to it, and source maps name files from it. */
  siteRoot: string;
  /** Whether stylesheet pages get source maps (`sourcemap: always`, the default, or `development` there). */
  sourceMaps: boolean;
}

/**
 * Reads `sass:` from _config.yml: `style`, `sass_dir`, `load_paths`, `sourcemap` (`always`, `never` or
 * `development`); the theme's `_sass` comes last.
 */
export function sassSettings(site: Hash, source: string, themeDir: string | null, environment: string): SassSettings {
  const sass = isHash(site.sass) ? site.sass : {};
  const style = sass.style === 'compressed' || sass.style === ':compressed' ? 'compressed' : 'expanded';
  const sassDir = typeof sass.sass_dir === 'string' ? sass.sass_dir : '_sass';
  const extra = Array.isArray(sass.load_paths) ? sass.load_paths.map((p) => path.resolve(source, String(p))) : [];
  const loadPaths = [path.resolve(source, sassDir), ...extra];
  if (themeDir) loadPaths.push(path.join(themeDir, '_sass'));
  const sourcemap = typeof sass.sourcemap === 'string' ? sass.sourcemap.replace(/^:/, '') : 'always';
  const sourceMaps = sourcemap !== 'never' && !(sourcemap === 'development' && environment !== 'development');
  return { style, loadPaths, siteRoot: source, sourceMaps };
}

/**
 * The page's CSS and source map as jekyll-sass-converter 3 writes them: the CSS ends with a line break, or, with a
 * map, with a blank line and a `sourceMappingURL` comment; the map names the CSS file and its sources from the site.
 */
function stylesheetOutput(compiled: { css: string; sourceMap: string | null }, page: StylesheetPage | undefined, siteRoot: string): CompiledCss {
  if (page === undefined || compiled.sourceMap === null) return { css: `${compiled.css}\n`, sourceMap: null };
  const mapName = encodeURI(`${page.basename}.css.map`);
  const map = JSON.parse(compiled.sourceMap) as { file?: string; sources?: string[] };
  map.file = encodeURI(`${page.basename}.css`);
  const siteUrl = pathToFileURL(siteRoot + path.sep).pathname;
  map.sources = (map.sources ?? []).map((source) =>
    source.startsWith('file:') ? path.posix.relative(siteUrl, new URL(source).pathname) : source,
  );
  return { css: `${compiled.css}\n\n/*# sourceMappingURL=${mapName} */`, sourceMap: JSON.stringify(map) };
}

/**
 * Compiles on the Sass worker. Compiled CSS is reused from `cache` while the source, the settings and
 * every imported file are unchanged and no stylesheet appeared or went where an import could have found it.
 */
export function createSassCompiler(settings: SassSettings, worker: SassWorker, cache: CompiledCssCache): SassCompiler {
  const jobFor = (source: string, syntax: 'scss' | 'indented', file: string, page: StylesheetPage | undefined): SassJob => ({
    source,
    syntax,
    style: settings.style,
    loadPaths: settings.loadPaths,
    url: pathToFileURL(path.resolve(file)).href,
    sourceMap: page !== undefined && settings.sourceMaps,
  });
  // Files are taken to stay as they are during one build: what an import finds in a folder is listed once.
  const listedNames = new Map<string, string>();
  const names = (folder: string): string => {
    let listed = listedNames.get(folder);
    if (listed === undefined) listedNames.set(folder, (listed = importableNames(folder)));
    return listed;
  };
  /** What a stylesheet's CSS depends on in one build, but for its file name: the files there decide the rest. */
  const outputKeyFor = (job: SassJob, file: string) =>
    cacheKey([job.source, job.syntax, settings.style, String(job.sourceMap), ...settings.loadPaths, path.dirname(path.resolve(file))]);
  const keyFor = (job: SassJob, file: string) => cacheKey([outputKeyFor(job, file), path.resolve(file)]);
  const keep = (key: string, file: string, result: CompiledSass) =>
    cache.set(key, result, result.loadedFiles, importFolders(path.dirname(path.resolve(file)), settings.loadPaths, result.loadedFiles), names);
  const shared = new SharedCompilations(worker);
  const located = (error: unknown, stylesheet: Stylesheet): unknown =>
    error instanceof SassFailure ? sassSiteError(error, stylesheet, settings.siteRoot) : error;
  const compileNow = (job: SassJob, stylesheet: Stylesheet) => {
    try {
      return worker.compileNow(job);
    } catch (error) {
      throw located(error, stylesheet);
    }
  };
  const output = (compiled: { css: string; sourceMap: string | null }, page: StylesheetPage | undefined) =>
    stylesheetOutput(compiled, page, settings.siteRoot);
  return {
    compile(source, syntax, file, firstLine = 1, page) {
      const job = jobFor(source, syntax, file, page);
      const key = keyFor(job, file);
      const cached = cache.get(key, names);
      if (cached !== null) return output(cached, page);
      const result = compileNow(job, { file, firstLine });
      keep(key, file, result);
      return output(result, page);
    },
    compileLater(source, syntax, file, firstLine = 1, page) {
      const job = jobFor(source, syntax, file, page);
      const key = keyFor(job, file);
      const cached = cache.get(key, names);
      if (cached !== null) {
        const ready = output(cached, page);
        return { done: Promise.resolve(ready), now: () => ready };
      }
      const stylesheet = { file, firstLine };
      let compiled: CompiledCss | null = null;
      const done = shared.compile(job, file, outputKeyFor(job, file)).then(
        (result) => {
          keep(key, file, result);
          return (compiled = output(result, page));
        },
        (error: unknown) => Promise.reject(located(error, stylesheet)),
      );
      done.catch(() => {});
      return { done, now: () => (compiled ??= output(compileNow(job, stylesheet), page)) };
    },
  };
}
