import path from 'node:path';
import { loadConfig, type ConfigOverrides } from '../config/load.js';
import type { SiteConfig } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import { notYetRendered, type Document } from '../model/document.js';
import { documentsByPath, renderOrder, writtenDocuments, type Site } from '../model/site.js';
import { hasOutput } from '../render/lazy-output.js';
import { settleAllCss } from '../render/pending-css.js';
import { SassWorker } from '../sass/sass-worker-client.js';
import { startPageThread } from './parallel/page-thread-client.js';
import { renderedElsewhere, takeThreadPages } from './parallel/take-thread-pages.js';
import { createReadContext, readSiteWith } from '../read/read-site.js';
import type { ReadContext } from '../read/read-context.js';
import { SourceCache } from '../read/source-cache.js';
import { BuildProfile } from './profile.js';
import type { RenderContext } from '../render/render-context.js';
import { canRelayout } from '../render/render-document.js';
import { cleanBeforeStreaming, streamPage, writeSite, type WriteResult, type WrittenOutputs } from '../write/write-site.js';
import { writeChanges, type PieceOutput } from '../write/write-changes.js';
import { WrittenManifest } from '../write/written-manifest.js';
import { PageWriter } from '../write/page-writer.js';
import { checkDestination, resolveTheme } from './site-setup.js';
import { prepareRenderContext } from './render-context-factory.js';
import { renderSite, type KeptRendering } from './render-site.js';
import type { NavTemplate } from '../theme/nav/nav-slots.js';
import { diffSites, isAffected, noteContentChanged, type SiteChanges } from './site-changes.js';
import { bodyEditTargets, putEditsIn, rereadBodies, specialFolders, type BodyEdits } from './body-edits.js';
import type { DependencyTracker } from '../deps/tracker.js';
import { generatePluginFiles } from '../plugins/apply-plugins.js';
import { generateSearchFiles, type GeneratedFile } from '../search/generate-search.js';
import { SearchCache } from '../search/search-cache.js';
import { KeptSearch } from '../search/kept-search.js';
import { loadLunr } from '../search/lunr-module.js';
import { diskCachePath } from '../config/disk-cache.js';
import { codeIdentity } from '../util/code-identity.js';
import type { ConversionCache } from '../markdown/conversion-cache.js';

/**
 * A full build with this many pages or more writes them on a thread of their own (see PageWriter); below it,
 * starting the thread costs about what writing the pages does.
 */
const WRITE_THREAD_FROM = 100;

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
  read: ReadContext;
  /** A read since the last whole read gave warnings, which a whole read would give again. */
  readWarned: boolean;
  themeDir: string | null;
  site: Site;
  ctx: RenderContext;
  outputs: WrittenOutputs;
}

/** What a document's last rendering left on it, which a rebuild may keep. */
type RenderedState = Pick<Document, 'sourcePath' | 'content' | 'output' | 'outputHash' | 'navTemplate' | 'sourceMap'>;

/** A rebuild's site and engines, what changed since the last build, and the last build's renderings. */
interface RebuildInputs {
  site: Site;
  ctx: RenderContext;
  changes: SiteChanges;
  priors: Map<string, RenderedState>;
  readWarned: boolean;
}

/**
 * A site built once and then kept up to date: `build()` does a full build; `update(paths)` re-reads the
 * site, re-renders only the documents whose recorded dependencies changed, and writes only changed
 * files. A change to a configuration file, or a failed previous build, means a full build.
 */
export class BuildSession {
  private state: BuiltState | null = null;
  private readonly searchCache: SearchCache;

  private lastProfile = new BuildProfile();

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
  ) {
    this.searchCache = new SearchCache(!oneShot);
  }

  /** Stage and template timings of the last build or rebuild (templates only with `profiling`). */
  get profile(): BuildProfile {
    return this.lastProfile;
  }

  get config(): SiteConfig | null {
    return this.state?.config ?? null;
  }

  async build(): Promise<BuildSummary> {
    this.state = null;
    const started = performance.now();
    const warningsBefore = this.logger.warnings.length;
    const profile = (this.lastProfile = new BuildProfile());
    const config = profile.stage('configuration', () => loadConfig(this.overrides));
    checkDestination(config);
    const themeDir = resolveTheme(config);
    profile.showPathsFrom(config.source, themeDir);
    const sassWorker = new SassWorker();
    if (themeDir !== null) sassWorker.warmUp();
    const sources = new SourceCache();
    const read = createReadContext(config, this.logger, { sources });
    const site = profile.stage('read', () => readSiteWith(read, themeDir));
    const readWarned = this.logger.warnings.length > warningsBefore;
    const thread = this.pageThreadFrom === null ? null : startPageThread(site, this.overrides, this.logger, this.pageThreadFrom);
    const ctx = await profile.stageAsync('prepare engines', () => prepareRenderContext(site, this.logger, themeDir, undefined, { sassWorker, keepsDependencies: !this.oneShot }));
    const searchDir = diskCachePath(config, 'search');
    this.searchCache.keepIn(searchDir === null ? null : new KeptSearch(searchDir, searchCodeIdentity));
    ctx.profile = this.profiling ? profile : null;
    const streamed: string[] = [];
    const manifest = WrittenManifest.load(config);
    // A build that no rebuild follows writes collections' documents as they are rendered too.
    const streamsDocuments = this.oneShot;
    const streamedCount = site.pages.length + (streamsDocuments ? writtenDocuments(site).length : 0);
    const writer = streamedCount >= WRITE_THREAD_FROM ? new PageWriter() : undefined;
    if (writer) ctx.conversions.appendThrough(writer);
    const stream = (doc: Document) => {
      if (doc.kind === 'page' || (streamsDocuments && writer)) streamHtmlPage(ctx, doc, streamed, manifest, writer);
      if (this.oneShot) doc.navTemplate = null;
    };
    let result: WriteResult;
    let rendered: number;
    try {
      const destinationWasEmpty = profile.stage('clean destination', () => cleanBeforeStreaming(site));
      const leave = thread ? (doc: Document) => (thread.share.has(doc.sourcePath) ? renderedElsewhere(doc) : null) : undefined;
      rendered = profile.stage('render and write pages', () => renderSite(ctx, leave, stream, () => thread?.start(site)));
      if (thread) rendered += await profile.stageAsync('pages of the second thread', () => takeThreadPages(ctx, thread, stream, streamed, profile, manifest));
      profile.stage('search data and index', () => generateAfterRender(ctx, this.searchCache, themeDir));
      profile.stage('plugin files', () => generatePluginFiles(ctx));
      await profile.stageAsync('waiting for Sass', () => settleAllCss(renderOrder(site)));
      if (writer) manifest.recordWritten(await profile.stageAsync('waiting for page writes', () => writer.finish()));
      result = profile.stage('write the rest', () => writeSite(site, undefined, streamed, { manifest, destinationWasEmpty }));
    } catch (error) {
      // The pages already handed over are written, so that no temporary file is left behind.
      await writer?.finish().catch(() => []);
      ctx.conversions.abandon();
      this.searchCache.abandon();
      throw error;
    }
    manifest.save();
    ctx.conversions.save();
    this.searchCache.save();
    this.logCaches(ctx.conversions);
    sources.trustUntilForgotten();
    this.state = { config, sources, read, readWarned, themeDir, site, ctx, outputs: result.outputs };
    return this.summary(result, rendered, started, warningsBefore, true);
  }

  /** `changedPaths` must name every file or folder that changed since the last build (a watcher's events). */
  async update(changedPaths: string[]): Promise<BuildSummary> {
    const before = this.state;
    if (!before || changedPaths.some((p) => this.isConfigFile(before.config, p))) return this.build();
    const started = performance.now();
    const warningsBefore = this.logger.warnings.length;
    this.state = null;
    const profile = (this.lastProfile = new BuildProfile());
    profile.showPathsFrom(before.config.source, before.themeDir);
    const inputs = await profile.stageAsync('read changes', () => this.readChanges(before, changedPaths.map((p) => path.resolve(p))));
    inputs.ctx.profile = this.profiling ? profile : null;
    const { rendered, result } = await this.renderChanges(before, inputs, profile);
    this.state = { ...before, site: inputs.site, ctx: inputs.ctx, outputs: result.outputs, readWarned: inputs.readWarned };
    return this.summary(result, rendered, started, warningsBefore, false);
  }

  /** The changed files read again: only they, when only bodies changed; else the whole site, from the source cache. */
  private async readChanges(before: BuiltState, changed: string[]): Promise<RebuildInputs> {
    const warningsBefore = this.logger.warnings.length;
    const targets = before.readWarned ? null : bodyEditTargets(before.site, before.sources, changed, this.specialDirs(before));
    before.sources.forget(changed);
    const edits = targets && rereadBodies(before.read, targets);
    if (!edits) return this.readAgain(before, changed);
    return this.keepRead(before, edits, changed, this.logger.warnings.length > warningsBefore);
  }

  /** Renders what the changes affect (keeping the rest's last rendering) and writes the files that changed. */
  private async renderChanges(before: BuiltState, inputs: RebuildInputs, profile: BuildProfile): Promise<{ rendered: number; result: WriteResult }> {
    const { site, ctx, changes, priors } = inputs;
    const refilled = new Map<string, PieceOutput>();
    const keep = (doc: Document) => keptRendering(before.ctx.deps, priors.get(doc.sourcePath), changes, refillAsBytes(ctx, doc, refilled), doc);
    const renderedAgain = (doc: Document) => {
      if (doc.content !== priors.get(doc.sourcePath)?.content) noteContentChanged(changes, doc.sourcePath);
      holdAsBytes(ctx, doc, refilled);
    };
    const rendered = profile.stage('render pages', () => renderSite(ctx, keep, renderedAgain));
    profile.stage('search data and index', () => generateAfterRender(ctx, this.searchCache, before.themeDir));
    profile.stage('plugin files', () => generatePluginFiles(ctx));
    await profile.stageAsync('waiting for Sass', () => settleAllCss(renderOrder(site)));
    const result = await profile.stageAsync('write changed files', () => writeChanges(site, before.outputs, refilled));
    releaseWrittenPages(site, result.outputs);
    return { rendered, result };
  }

  /**
   * After edits to bodies alone, the site read last time stays: the edits are put in, and every document is
   * set back to how it was read, its rendering kept aside. So do the engines, when they can (see enginesHold).
   */
  private async keepRead(before: BuiltState, edits: BodyEdits, changed: string[], rereadWarned: boolean): Promise<RebuildInputs> {
    const { site, ctx } = before;
    const priors = takeRenderings(site);
    putEditsIn(site, edits);
    const inputs = { site, changes: edits.changes, priors, readWarned: before.readWarned || rereadWarned };
    if (!enginesHold(ctx, site, changed)) return { ...inputs, ctx: await this.newEngines(before, site, edits.changes) };
    for (const [key, entry] of ctx.services.cachedIncludes) {
      if (isAffected(entry.keys, edits.changes)) ctx.services.cachedIncludes.delete(key);
    }
    return { ...inputs, ctx };
  }

  /** The whole site read again (changed files only parsed again), with new engines; the old documents keep their renderings. */
  private async readAgain(before: BuiltState, changed: string[]): Promise<RebuildInputs> {
    const warningsBefore = this.logger.warnings.length;
    const site = readSiteWith(before.read, before.themeDir);
    const readWarned = this.logger.warnings.length > warningsBefore;
    const changes = diffSites(before.site, site, changed, this.sassDirs(before));
    const ctx = await this.newEngines(before, site, changes);
    return { site, ctx, changes, priors: documentsByPath(before.site), readWarned };
  }

  /** Engines for a rebuild, with what the last build's engines made that still holds. */
  private async newEngines(before: BuiltState, site: Site, changes: SiteChanges): Promise<RenderContext> {
    const cachedIncludes = new Map([...before.ctx.services.cachedIncludes].filter(([, entry]) => !isAffected(entry.keys, changes)));
    const last = before.ctx;
    const carried = { highlighter: last.highlighter, markdown: last.markdown, conversions: last.conversions, cachedIncludes, cssCache: last.cssCache, sassWorker: last.sassWorker, pluginMemo: last.pluginMemo };
    const ctx = await prepareRenderContext(site, this.logger, before.themeDir, carried);
    ctx.theme.offerNav(last.theme.computedNav());
    changes.navValueStillHolds = (key) => ctx.theme.navValueStillHolds(key);
    return ctx;
  }

  private specialDirs(state: BuiltState): string[] {
    return specialFolders(state.config.source, state.themeDir, state.config);
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

  private logCaches(conversions: ConversionCache): void {
    const { converted, taken } = conversions.counts();
    if (converted + taken > 0) this.logger.debug(`Markdown: ${taken} conversions taken from .jtd-cache, ${converted} made.`);
    const search = this.searchCache.pageCounts();
    if (search.made + search.taken > 0) this.logger.debug(`Search: the entries of ${search.taken} pages taken from .jtd-cache, of ${search.made} made.`);
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

/** What names the code that makes search entries and terms: jtd's, and lunr's version. */
function searchCodeIdentity(): string {
  return `${codeIdentity()} lunr ${loadLunr().version}`;
}

/** Files made from the whole rendered site (`site.generated`): the theme's search data and index. */
function generateAfterRender(ctx: RenderContext, searchCache: SearchCache, themeDir: string | null): GeneratedFile[] {
  const files = generateSearchFiles(ctx, searchCache, themeDir !== null);
  ctx.site.generated = files;
  return files;
}

function keptRendering(
  lastDeps: DependencyTracker,
  prior: RenderedState | undefined,
  changes: SiteChanges,
  asBytes: (template: NavTemplate) => string | null,
  doc: Document,
): KeptRendering | null {
  if (!prior || (prior.output === null && prior.outputHash === null) || changes.keys.has(`doc:${prior.sourcePath}`)) return null;
  const deps = lastDeps.byDocument.get(prior.sourcePath)!;
  const bodyDeps = lastDeps.bodyByDocument.get(prior.sourcePath);
  const { content, output, outputHash, navTemplate, sourceMap } = prior;
  const kept = { content, output, outputHash, deps, bodyDeps, navTemplate, sourceMap, refillNav: false, relayout: false };
  if (!isAffected(deps, changes)) return kept;
  if (!navTemplate || isAffected(deps, changes, true)) return relayout(kept, doc, changes);
  const key = asBytes(navTemplate);
  if (key === null) return { ...kept, refillNav: true };
  return { ...kept, output: null, outputHash: key };
}

/** A document whose body read nothing that changed is put in its layouts again; null: rendered anew. */
function relayout(kept: KeptRendering, doc: Document, changes: SiteChanges): KeptRendering | null {
  return canRelayout(doc, kept.bodyDeps) && !isAffected(kept.bodyDeps, changes) ? { ...kept, relayout: true } : null;
}

/**
 * Whether a rebuild after edits to bodies alone can keep the engines. They keep each include as parsed, so
 * none of the changed files may be one they loaded (`include_relative` takes any file). An include they
 * rendered once serves later builds too, with the values it assigned: these must still be this build's,
 * which holds while no collection document is in the site (each build gives those new Liquid views).
 */
function enginesHold(ctx: RenderContext, site: Site, changed: string[]): boolean {
  if (changed.some((file) => ctx.includesLoaded.has(`include:${file}`))) return false;
  return site.collections.every((collection) => collection.docs.length === 0);
}

/**
 * Each page's and document's rendering, taken off it: it is left as the reader made it (its body raw),
 * as a new read would give it, so pages rendered before its turn see what they see in a full build. A
 * collection document's Liquid view is filled while rendering (some of it for good), so it gets a new one.
 */
function takeRenderings(site: Site): Map<string, RenderedState> {
  const renderings = new Map<string, RenderedState>();
  const take = (doc: Document): Document => {
    const { sourcePath, content, output, outputHash, navTemplate, sourceMap } = doc;
    renderings.set(sourcePath, { sourcePath, content, output, outputHash, navTemplate, sourceMap });
    const asRead = { content: doc.rawContent, ...notYetRendered() };
    return doc.kind === 'document' ? { ...doc, ...asRead, liquid: {} } : Object.assign(doc, asRead);
  };
  for (const collection of site.collections) collection.docs = collection.docs.map(take);
  site.pages.forEach(take);
  return renderings;
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
  // hasOutput, not `doc.output`: reading the output would put the sidebars into the page's text, only to let it go.
  if (doc.kind !== 'page' || doc.outputExt !== '.html' || doc.destPath === null || !hasOutput(doc) || !doc.navTemplate) return;
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
 * does not write it again. A collection's document (a blog's post) is written as it is rendered too, in a
 * build that no rebuild follows, and keeps its output: pages rendered later may read it (`post.output`).
 */
function streamHtmlPage(ctx: RenderContext, doc: Document, streamed: string[], manifest: WrittenManifest, writer?: PageWriter): void {
  if (doc.outputExt !== '.html') return;
  const bytes = doc.navTemplate ? ctx.theme.refillBytes(doc.navTemplate) : undefined;
  if (streamPage(ctx.site, doc, bytes, manifest, writer, doc.kind === 'document')) streamed.push(doc.destPath!);
}

