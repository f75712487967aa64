import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompiledCssCache, cacheKey } from './compiled-css-cache.js';
import type { Hash } from '../config/merge.js';
import { isHash } from '../config/merge.js';
import { SassFailure, type CompiledSass, type SassJob, type SassWorker } from './sass-worker-client.js';
import { SharedCompilations } from './shared-compilations.js';
import { sassSiteError, type Stylesheet } from './sass-error.js';
import { importableNames, importFolders } from './import-folders.js';

/** A stylesheet being compiled: `done` settles when it is; `now()` waits for it if it has to. */
export interface PendingCss {
  readonly done: Promise<string>;
  now(): string;
}

export interface SassCompiler {
  /**
   * CSS for a `.scss`/`.sass` body, as jekyll-sass-converter 3 (Dart Sass) writes it, waiting for it.
   * `firstLine` is the file line the body starts on, for error locations.
   */
  compile(source: string, syntax: 'scss' | 'indented', file: string, firstLine?: number): string;
  /** The same, compiled while the build goes on. */
  compileLater(source: string, syntax: 'scss' | 'indented', file: string, firstLine?: number): PendingCss;
}

export interface SassSettings {
  style: 'expanded' | 'compressed';
  loadPaths: string[];
  /** The site's source folder: error locations are shown relative to it. */
  siteRoot: string;
}

/** Reads `sass:` from _config.yml: `style`, `sass_dir`, `load_paths`; the theme's `_sass` comes last. */
export function sassSettings(site: Hash, source: string, themeDir: string | null): SassSettings {
  const sass = isHash(site.sass) ? site.sass : {};
  const style = sass.style === 'compressed' || sass.style === ':compressed' ? 'compressed' : 'expanded';
  const sassDir = typeof sass.sass_dir === 'string' ? sass.sass_dir : '_sass';
  const extra = Array.isArray(sass.load_paths) ? sass.load_paths.map((p) => path.resolve(source, String(p))) : [];
  const loadPaths = [path.resolve(source, sassDir), ...extra];
  if (themeDir) loadPaths.push(path.join(themeDir, '_sass'));
  return { style, loadPaths, siteRoot: source };
}

/** jekyll-sass-converter 3 ends the CSS Dart Sass gives it with a line break (when it writes no source map). */
function withLineEnd(css: string): string {
  return `${css}\n`;
}

/**
 * Compiles on the Sass worker. Compiled CSS is reused from `cache` while the source, the settings and
 * every imported file are unchanged and no stylesheet appeared or went where an import could have found it.
 */
export function createSassCompiler(settings: SassSettings, worker: SassWorker, cache: CompiledCssCache): SassCompiler {
  const jobFor = (source: string, syntax: 'scss' | 'indented', file: string): SassJob => ({
    source,
    syntax,
    style: settings.style,
    loadPaths: settings.loadPaths,
    url: pathToFileURL(path.resolve(file)).href,
  });
  // Files are taken to stay as they are during one build: what an import finds in a folder is listed once.
  const listedNames = new Map<string, string>();
  const names = (folder: string): string => {
    let listed = listedNames.get(folder);
    if (listed === undefined) listedNames.set(folder, (listed = importableNames(folder)));
    return listed;
  };
  /** What a stylesheet's CSS depends on in one build, but for its file name: the files there decide the rest. */
  const outputKeyFor = (source: string, syntax: string, file: string) =>
    cacheKey([source, syntax, settings.style, ...settings.loadPaths, path.dirname(path.resolve(file))]);
  const keyFor = (source: string, syntax: string, file: string) => cacheKey([outputKeyFor(source, syntax, file), path.resolve(file)]);
  const keep = (key: string, file: string, result: CompiledSass) =>
    cache.set(key, result.css, result.loadedFiles, importFolders(path.dirname(path.resolve(file)), settings.loadPaths, result.loadedFiles), names);
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
  return {
    compile(source, syntax, file, firstLine = 1) {
      const key = keyFor(source, syntax, file);
      const cached = cache.get(key, names);
      if (cached !== null) return withLineEnd(cached);
      const result = compileNow(jobFor(source, syntax, file), { file, firstLine });
      keep(key, file, result);
      return withLineEnd(result.css);
    },
    compileLater(source, syntax, file, firstLine = 1) {
      const key = keyFor(source, syntax, file);
      const cached = cache.get(key, names);
      if (cached !== null) return { done: Promise.resolve(withLineEnd(cached)), now: () => withLineEnd(cached) };
      const job = jobFor(source, syntax, file);
      const stylesheet = { file, firstLine };
      let css: string | null = null;
      const done = shared.compile(job, file, outputKeyFor(source, syntax, file)).then(
        (result) => {
          keep(key, file, result);
          return (css = withLineEnd(result.css));
        },
        (error: unknown) => Promise.reject(located(error, stylesheet)),
      );
      done.catch(() => {});
      return { done, now: () => (css ??= withLineEnd(compileNow(job, stylesheet).css)) };
    },
  };
}
