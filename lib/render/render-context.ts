import type { Liquid, Template } from 'liquidjs';
import type { Hash } from '../config/merge.js';
import type { DependencyTracker } from '../deps/tracker.js';
import type { BuildProfile } from '../build/profile.js';
import type { Highlighter } from '../highlight/index.js';
import type { CompiledCssCache } from '../sass/compiled-css-cache.js';
import type { LiquidServices } from '../liquid/services.js';
import type { Logger } from '../log/logger.js';
import type { PluginMemo } from '../plugins/plugin-memo.js';
import type { MarkdownRenderer } from '../markdown/index.js';
import type { ConversionCache } from '../markdown/conversion-cache.js';
import type { Document } from '../model/document.js';
import type { Site } from '../model/site.js';
import type { SassCompiler } from '../sass/compile.js';
import type { SassWorker } from '../sass/sass-worker-client.js';
import type { ThemeServices } from '../theme/theme-services.js';

/** Everything rendering needs, made once per build. */
export interface RenderContext {
  readonly site: Site;
  readonly logger: Logger;
  readonly liquid: Liquid;
  readonly markdown: MarkdownRenderer;
  /** Markdown conversions kept between builds. */
  readonly conversions: ConversionCache;
  readonly sass: SassCompiler;
  /** `site.*`, made once the Liquid views are filled. */
  sitePayload: Hash;
  /** The document being rendered (for `site.related_posts`). */
  readonly rendering: { doc: Document | null };
  readonly jekyll: Hash;
  /** Parsed templates by source path (layouts and includes). */
  readonly templates: Map<string, Template[]>;
  /** What each document read while rendering. */
  readonly deps: DependencyTracker;
  readonly highlighter: Highlighter;
  /** Compiled CSS kept between builds. */
  readonly cssCache: CompiledCssCache;
  /** Dart Sass on its own thread, kept between rebuilds. */
  readonly sassWorker: SassWorker;
  /** Template timings for `--profile`; null when not profiling. */
  profile: BuildProfile | null;
  readonly services: LiquidServices;
  /** The bundled theme's per-build navigation. */
  readonly theme: ThemeServices;
  /**
   * `include:` keys of the files these engines looked for as includes (found or not), noted when first looked
   * for: a rebuild that keeps the engines must not have changed one (they keep each parsed, and each miss).
   */
  readonly includesLoaded: Set<string>;
  /** Liquid views whose live `content` and `output` already read through this context's `deps`. */
  readonly liveViews: WeakSet<Hash>;
  /** What plugins keep between the builds of a session. */
  readonly pluginMemo: PluginMemo;
}
