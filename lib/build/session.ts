import path from 'node:path';
import { loadConfig, type ConfigOverrides } from '../config/load.js';
import type { SiteConfig } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import type { Document } from '../model/document.js';
import { documentsByPath, renderOrder, type Site } from '../model/site.js';
import { settleAllCss } from '../render/pending-css.js';
import { SassWorker } from '../sass/sass-worker-client.js';
import { startPageThread } from './parallel/page-thread-client.js';
import { renderedElsewhere, takeThreadPages } from './parallel/take-thread-pages.js';
import { readSite } from '../read/read-site.js';
import { SourceCache } from '../read/source-cache.js';
import { BuildProfile } from './profile.js';
import type { RenderContext } from '../render/render-context.js';
import { cleanBeforeStreaming, streamPage, writeSite, type WriteResult, type WrittenOutputs } from '../write/write-site.js';
import { writeChanges, type PieceOutput } from '../write/write-changes.js';
import { WrittenManifest } from '../write/written-manifest.js';
import { checkDestination, resolveTheme } from './site-setup.js';
import { prepareRenderContext } from './render-context-factory.js';
import { renderSite, type KeptRendering } from './render-site.js';
import type { NavTemplate } from '../theme/nav/nav-slots.js';
import { diffSites, isAffected, type SiteChanges } from './site-changes.js';
import { generatePluginFiles } from '../plugins/apply-plugins.js';
import { generateSearchFiles, type GeneratedFile } from '../search/generate-search.js';
import { SearchCache } from '../search/search-cache.js';

export interface BuildSummary {
  pages: number;
  files: number;
  seconds: number;
  warnings: number;
  /** Pages and documents rendered (all of them in a full build). */
  rendered: number;
  /** Files written or copied, and removed, relative to the destination. */
  written: string[];
  removed: string[];
  full: boolean;
}

interface BuiltState {
  config: SiteConfig;
  sources: SourceCache;
  themeDir: string | null;
  site: Site;
  ctx: RenderContext;
  outputs: WrittenOutputs;
}

/**
 * A site built once and then kept up to date: `build()` does a full build; `update(paths)` re-reads the
 * site, re-renders only the documents whose recorded dependencies changed, and writes only changed
 * files. A change to a configuration file, or a failed previous build, means a full build.
 */
export class BuildSession {
  private state: BuiltState | null = null;
  private readonly searchCache = new SearchCache();

  /** Stage and template timings of the last full build (filled in detail with `profiling`). */
  readonly profile = new BuildProfile();

  /**
   * `pageThreadFrom`: a full build of a site with at least this many pages renders the last part of them on
   * a second thread (null: never; a watching session renders everything itself, to keep what it recorded).
   * `oneShot`: no rebuild follows, so a written page keeps nothing for refilling its sidebar later.
   */
  constructor(
    private readonly overrides: ConfigOverrides,
    private readonly logger: Logger,
    private readonly profiling = false,
    private readonly pageThreadFrom: number | null = null,
    private readonly oneShot = false,
  ) {}

  get config(): SiteConfig | null {
    return this.state?.config ?? null;
  }

  async build(): Promise<BuildSummary> {
    this.state = null;
    const started = performance.now();
    const warningsBefore = this.logger.warnings.length;
    const profile = this.profile;
    const config = profile.stage('configuration', () => loadConfig(this.overrides));
    checkDestination(config);
    const themeDir = resolveTheme(config);
    const sassWorker = new SassWorker();
    if (themeDir !== null) sassWorker.warmUp();
    const sources = new SourceCache();
    const site = profile.stage('read', () => readSite(config, this.logger, themeDir, { sources }));
    const thread = this.pageThreadFrom === null ? null : startPageThread(site, this.overrides, this.logger, this.pageThreadFrom);
    const ctx = await profile.stageAsync('prepare engines', () => prepareRenderContext(site, this.logger, themeDir, undefined, { sassWorker }));
    ctx.profile = this.profiling ? profile : null;
    const streamed: string[] = [];
    const manifest = WrittenManifest.load(config);
    const stream = (doc: Document) => {
      streamHtmlPage(ctx, doc, streamed, manifest);
      if (this.oneShot) doc.navTemplate = null;
    };
    const destinationWasEmpty = profile.stage('clean destination', () => cleanBeforeStreaming(site));
    const leave = thread ? (doc: Document) => (thread.share.has(doc.sourcePath) ? renderedElsewhere(doc) : null) : undefined;
    let rendered = profile.stage('render and write pages', () => renderSite(ctx, leave, stream, () => thread?.start(site)));
    if (thread) rendered += await profile.stageAsync('pages of the second thread', () => takeThreadPages(ctx, thread, stream, streamed, profile, manifest));
    profile.stage('search data and index', () => generateAfterRender(ctx, this.searchCache, themeDir));
    profile.stage('plugin files', () => generatePluginFiles(ctx));
    await profile.stageAsync('waiting for Sass', () => settleAllCss(renderOrder(site)));
    const result = profile.stage('write the rest', () => writeSite(site, undefined, streamed, { manifest, destinationWasEmpty }));
    manifest.save();
    sources.trustUntilForgotten();
    this.state = { config, sources, themeDir, site, ctx, outputs: result.outputs };
    return this.summary(result, rendered, started, warningsBefore, true);
  }

  /** `changedPaths` must name every file or folder that changed since the last build (a watcher's events). */
  async update(changedPaths: string[]): Promise<BuildSummary> {
    const before = this.state;
    if (!before || changedPaths.some((p) => this.isConfigFile(before.config, p))) return this.build();
    const started = performance.now();
    const warningsBefore = this.logger.warnings.length;
    before.sources.forget(changedPaths.map((p) => path.resolve(p)));
    const site = readSite(before.config, this.logger, before.themeDir, { sources: before.sources, now: before.site.time });
    const changes = diffSites(before.site, site, changedPaths.map((p) => path.resolve(p)), before.ctx.services.includeDirs, this.sassDirs(before));
    const cachedIncludes = new Map([...before.ctx.services.cachedIncludes].filter(([, entry]) => !isAffected(entry.keys, changes)));
    const ctx = await prepareRenderContext(site, this.logger, before.themeDir, { highlighter: before.ctx.highlighter, cachedIncludes, cssCache: before.ctx.cssCache, sassWorker: before.ctx.sassWorker });
    ctx.theme.offerNav(before.ctx.theme.computedNav());
    changes.navValueStillHolds = (key) => ctx.theme.navValueStillHolds(key);
    this.state = null;
    const priorDocs = documentsByPath(before.site);
    const refilled = new Map<string, PieceOutput>();
    const keep = (doc: Document) => keptRendering(before, priorDocs.get(doc.sourcePath), changes, refillAsBytes(ctx, doc, refilled));
    const rendered = renderSite(ctx, keep, (doc) => holdAsBytes(ctx, doc, refilled));
    for (const file of generateAfterRender(ctx, this.searchCache, before.themeDir)) if (file.bytes) refilled.set(file.destPath, file.bytes);
    generatePluginFiles(ctx);
    await settleAllCss(renderOrder(site));
    const result = await writeChanges(site, before.outputs, refilled);
    releaseWrittenPages(site, result.outputs);
    this.state = { ...before, site, ctx, outputs: result.outputs };
    return this.summary(result, rendered, started, warningsBefore, false);
  }

  private isConfigFile(config: SiteConfig, file: string): boolean {
    const full = path.resolve(file);
    const explicit = (this.overrides.configFiles ?? []).map((f) => path.resolve(f));
    if (explicit.length > 0) return explicit.includes(full);
    return path.dirname(full) === config.source && /^_config\.(ya?ml)$/.test(path.basename(full));
  }

  private sassDirs(state: BuiltState): string[] {
    const dirs = [path.join(state.config.source, '_sass')];
    if (state.themeDir) dirs.push(path.join(state.themeDir, '_sass'));
    return dirs;
  }

  private summary(
    result: WriteResult,
    rendered: number,
    started: number,
    warningsBefore: number,
    full: boolean,
  ): BuildSummary {
    return {
      pages: result.pages,
      files: result.files,
      seconds: (performance.now() - started) / 1000,
      warnings: this.logger.warnings.length - warningsBefore,
      rendered,
      written: result.written,
      removed: result.removed,
      full,
    };
  }
}

/** Files made from the whole rendered site (`site.generated`): the theme's search data and index. */
function generateAfterRender(ctx: RenderContext, searchCache: SearchCache, themeDir: string | null): GeneratedFile[] {
  const files = generateSearchFiles(ctx, searchCache, themeDir !== null);
  ctx.site.generated = files;
  return files;
}

function keptRendering(
  before: BuiltState,
  prior: Document | undefined,
  changes: SiteChanges,
  asBytes: (template: NavTemplate) => string | null,
): KeptRendering | null {
  if (!prior || (prior.output === null && prior.outputHash === null) || changes.keys.has(`doc:${prior.sourcePath}`)) return null;
  const deps = before.ctx.deps.byDocument.get(prior.sourcePath);
  const kept = { content: prior.content, output: prior.output, outputHash: prior.outputHash, deps: deps!, navTemplate: prior.navTemplate };
  if (!isAffected(deps, changes)) return { ...kept, refillNav: false };
  if (!prior.navTemplate || isAffected(deps, changes, true)) return null;
  const key = asBytes(prior.navTemplate);
  return key === null ? { ...kept, refillNav: true } : { ...kept, output: null, outputHash: key, refillNav: false };
}

/**
 * An HTML page's sidebars are filled again as bytes at write time, and only if they changed: its text is
 * not needed before (a full build keeps no page's HTML either). Returns the key that stands for its bytes.
 */
function refillAsBytes(ctx: RenderContext, doc: Document, refilled: Map<string, PieceOutput>): (template: NavTemplate) => string | null {
  return (template) => {
    if (doc.kind !== 'page' || doc.outputExt !== '.html' || doc.destPath === null) return null;
    const page = ctx.theme.refillBytes(template);
    refilled.set(doc.destPath, page);
    return page.key;
  };
}

/**
 * A page rendered by a rebuild is held as its pieces (its own bytes around the shared sidebar's), as a full
 * build streams it, under the same key: an edit that leaves its bytes as they were does not write it.
 */
function holdAsBytes(ctx: RenderContext, doc: Document, refilled: Map<string, PieceOutput>): void {
  if (doc.kind !== 'page' || doc.outputExt !== '.html' || doc.destPath === null || doc.output === null || !doc.navTemplate) return;
  const page = ctx.theme.refillBytes(doc.navTemplate);
  refilled.set(doc.destPath, page);
  doc.outputHash = page.key;
  doc.output = null;
}

/** After a rebuild's write, HTML pages keep only the hash of what was written, as after a full build. */
function releaseWrittenPages(site: Site, outputs: WrittenOutputs): void {
  for (const doc of site.pages) {
    if (doc.outputExt !== '.html' || doc.output === null || doc.destPath === null) continue;
    const state = outputs.get(doc.destPath);
    if (!state || !('hash' in state)) continue;
    doc.outputHash = state.hash;
    doc.output = null;
  }
}

/**
 * A full build writes each HTML page as soon as it is rendered and keeps only a hash of it: nothing else
 * reads a page's final HTML, and holding every page of a large site would not fit in memory. A page with
 * sidebars keeps the key a refill of it would have, so a rebuild that leaves its sidebars as they were
 * does not write it again.
 */
function streamHtmlPage(ctx: RenderContext, doc: Document, streamed: string[], manifest: WrittenManifest): void {
  if (doc.kind !== 'page' || doc.outputExt !== '.html') return;
  const bytes = doc.navTemplate ? ctx.theme.refillBytes(doc.navTemplate) : undefined;
  if (streamPage(ctx.site, doc, bytes, manifest)) streamed.push(doc.destPath!);
}

