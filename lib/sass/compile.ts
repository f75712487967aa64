import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompiledCssCache, cacheKey } from './compiled-css-cache.js';
import type { Hash } from '../config/merge.js';
import { isHash } from '../config/merge.js';

type SassModule = typeof import('sass');

export interface SassCompiler {
  /** CSS for a `.scss`/`.sass` page body, as jekyll-sass-converter 3 (Dart Sass) writes it. */
  compile(source: string, syntax: 'scss' | 'indented', file: string): string;
}

export interface SassSettings {
  style: 'expanded' | 'compressed';
  loadPaths: string[];
}

/** Reads `sass:` from _config.yml: `style`, `sass_dir`, `load_paths`; the theme's `_sass` comes last. */
export function sassSettings(site: Hash, source: string, themeDir: string | null): SassSettings {
  const sass = isHash(site.sass) ? site.sass : {};
  const style = sass.style === 'compressed' || sass.style === ':compressed' ? 'compressed' : 'expanded';
  const sassDir = typeof sass.sass_dir === 'string' ? sass.sass_dir : '_sass';
  const extra = Array.isArray(sass.load_paths) ? sass.load_paths.map((p) => path.resolve(source, String(p))) : [];
  const loadPaths = [path.resolve(source, sassDir), ...extra];
  if (themeDir) loadPaths.push(path.join(themeDir, '_sass'));
  return { style, loadPaths };
}

/**
 * Dart Sass is loaded on first use: sites without Sass never pay for it. Compiled CSS is reused from
 * `cache` while the source, the settings and every imported file are unchanged.
 */
export function createSassCompiler(settings: SassSettings, load: () => SassModule, cache: CompiledCssCache): SassCompiler {
  let sass: SassModule | null = null;
  return {
    compile(source, syntax, file) {
      const key = cacheKey([source, syntax, settings.style, ...settings.loadPaths, path.resolve(file)]);
      const cached = cache.get(key);
      if (cached !== null) return cached;
      sass ??= load();
      const result = sass.compileString(source, {
        syntax,
        style: settings.style,
        loadPaths: settings.loadPaths,
        charset: true,
        url: new URL(`file://${path.resolve(file)}`),
        silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'mixed-decls', 'slash-div'],
        logger: { warn: () => {}, debug: () => {} },
      });
      const imported = result.loadedUrls.filter((url) => url.protocol === 'file:').map((url) => fileURLToPath(url));
      cache.set(key, result.css, imported);
      return result.css;
    },
  };
}
