import path from 'node:path';
import { isHash, type Hash } from '../config/merge.js';
import { loadHighlighter, type Highlighter } from '../highlight/index.js';
import { createLiquid } from '../liquid/engine.js';
import type { Logger } from '../log/logger.js';
import { createMarkdown, type MarkdownOptions, type MarkdownRenderer } from '../markdown/index.js';
import type { Site } from '../model/site.js';
import { createLiquidServices } from '../render/liquid-services.js';
import type { RenderContext } from '../render/render-context.js';
import { createSassCompiler, sassSettings } from '../sass/compile.js';
import { CompiledCssCache } from '../sass/compiled-css-cache.js';
import { ConversionCache, convertingThrough } from '../markdown/conversion-cache.js';
import { diskCachePath } from '../config/disk-cache.js';
import { codeIdentity } from '../util/code-identity.js';
import { SassWorker } from '../sass/sass-worker-client.js';
import { isSassPage } from '../render/convert.js';
import type { Liquid } from 'liquidjs';
import { DependencyTracker } from '../deps/tracker.js';
import type { CachedInclude } from '../liquid/services.js';
import { createThemeServices } from '../theme/theme-services.js';
import fs from 'node:fs';
import { themeUrls } from '../theme/theme-urls.js';
import { registerPluginLiquid } from '../plugins/apply-plugins.js';
import { PluginMemo } from '../plugins/plugin-memo.js';

/** What a rebuild carries over from the previous build. */
export interface CarriedOver {
  highlighter: Highlighter;
  /** Made from the configuration and the highlighter alone. */
  markdown: MarkdownRenderer;
  conversions: ConversionCache;
  cachedIncludes: Map<string, CachedInclude>;
  cssCache: CompiledCssCache;
  sassWorker: SassWorker;
  pluginMemo: PluginMemo;
}

export const JEKYLL_VERSION = '4.3.1';

/**
 * Creates the per-build engines: Markdown with Rouge-style highlighting, Sass, Liquid with Jekyll's tags.
 * `writesCaches` false: the caches kept between builds are only read (a second thread of a build).
 * `keepsDependencies` false: what each document read is not kept, as no rebuild follows (`jtd build`).
 */
export async function prepareRenderContext(
  site: Site,
  logger: Logger,
  themeDir: string | null,
  carried?: CarriedOver,
  {
    rendersStylesheets = true,
    writesCaches = true,
    keepsDependencies = true,
    sassWorker: startedSass,
  }: { rendersStylesheets?: boolean; writesCaches?: boolean; keepsDependencies?: boolean; sassWorker?: SassWorker } = {},
): Promise<RenderContext> {
  const config = site.config;
  const highlighter = carried?.highlighter ?? (await loadHighlighter());
  const deps = new DependencyTracker(keepsDependencies);
  /** jtd's own documentation site is the theme's folder: its includes are the theme's, not overrides. */
  const siteIsTheTheme = themeDir !== null && path.resolve(themeDir) === path.resolve(config.source);
  const kramdown: Hash = isHash(config.site.kramdown) ? config.site.kramdown : {};
  const conversions = carried?.conversions ?? ConversionCache.open(diskCachePath(config, 'markdown'), JSON.stringify([codeIdentity(), kramdown]), writesCaches);
  const markdown =
    carried?.markdown ?? convertingThrough(conversions, () => createMarkdown({ ...(kramdown as MarkdownOptions), highlight: codeHighlighter(highlighter) }));
  const cssCache = carried?.cssCache ?? new CompiledCssCache(diskCachePath(config, 'sass'));
  const sassWorker = carried?.sassWorker ?? startedSass ?? new SassWorker();
  if (!carried && rendersStylesheets && site.pages.some(isSassPage)) sassWorker.warmUp();
  const sass = createSassCompiler(sassSettings(config.site, config.source, themeDir, config.environment), sassWorker, cssCache);
  let liquid: Liquid | null = null;
  const includesLoaded = new Set<string>();
  let context: RenderContext | null = null;
  const services = createLiquidServices({
    site,
    themeDir,
    liquid: () => liquid!,
    relativeUrl: (url) => relativeUrl(config.baseurl, url),
    highlight: (code, lang, lineNumbers) => highlightBlock(highlighter, code, lang, lineNumbers),
    deps,
    cachedIncludes: carried?.cachedIncludes ?? new Map(),
    includesLoaded,
    timing: () => context?.profile ?? null,
  });
  const theme = createThemeServices({
    site,
    deps,
    urls: themeUrls(config.site),
    siteHasInclude: (name) => !siteIsTheTheme && fs.existsSync(path.join(config.source, config.includesDir, name)),
    findInclude: (name) => services.findInclude(name),
    warn: (message) => logger.warn(message),
  });
  liquid = createLiquid(
    {
      strictFilters: liquidSetting(config.site, 'strict_filters'),
      strictVariables: liquidSetting(config.site, 'strict_variables'),
    },
    services,
    {
      config: config.site,
      timezone: config.timezone,
      markdownify: (text) => markdown.render(text),
      smartify: (text) => markdown.smartify(text),
      scssify: (text) => {
        deps.record('sass');
        return sass.compile(text, 'scss', path.join(config.source, 'scssify.scss')).css;
      },
      sassify: (text) => {
        deps.record('sass');
        return sass.compile(text, 'indented', path.join(config.source, 'sassify.sass')).css;
      },
    },
    theme,
  );
  registerPluginLiquid(liquid, site);
  context = {
    site,
    logger,
    liquid,
    markdown,
    conversions,
    sass,
    sitePayload: {},
    rendering: { doc: null },
    jekyll: { version: JEKYLL_VERSION, environment: config.environment },
    templates: new Map(),
    deps,
    highlighter,
    services,
    profile: null,
    cssCache,
    sassWorker,
    theme,
    includesLoaded,
    liveViews: new WeakSet(),
    pluginMemo: carried?.pluginMemo ?? new PluginMemo(),
  };
  return context;
}

function codeHighlighter(h: Highlighter) {
  return { findLexer: (lang: string) => h.findLexer(lang), highlight: (code: string, lexer: string) => h.highlightCode(code, lexer) };
}

function highlightBlock(h: Highlighter, code: string, lang: string, lineNumbers: boolean): string {
  const lexer = h.findLexer(lang) ?? 'plaintext';
  return lineNumbers
    ? h.highlightWithLineNumbers(code, lexer, { gutterClass: 'gutter', codeClass: 'code' })
    : h.highlightCode(code, lexer);
}

function liquidSetting(site: Hash, key: string): boolean {
  return isHash(site.liquid) && site.liquid[key] === true;
}

function relativeUrl(baseurl: string, url: string): string {
  const base = baseurl.replace(/\/+$/, '');
  return `${base}/${url.replace(/^\/+/, '')}`.replace(/^(?!\/)/, '/');
}
