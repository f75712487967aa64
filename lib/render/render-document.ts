import fs from 'node:fs';
import type { Template } from 'liquidjs';
import { deepMerge, type Hash } from '../config/merge.js';
import { SiteError } from '../errors/site-error.js';
import type { Document } from '../model/document.js';
import type { Layout } from '../model/layout.js';
import { convert, convertLater, isAssetFile, isMarkdownPage } from './convert.js';
import { liquidErrorToSiteError } from './liquid-error.js';
import { transformOutput } from '../plugins/apply-plugins.js';
import type { RenderContext } from './render-context.js';
import { flatString } from '../util/flat-string.js';
import { deferOutput } from './lazy-output.js';

/** A body rendered by an earlier build that still holds: its converted content and what it read. */
export interface KeptBody {
  content: string;
  keys: Set<string>;
}

/**
 * Jekyll's Renderer#run for one page or document: Liquid, then the converter, then the layouts. With
 * `body`, the body's Liquid and conversion are not run again: only the layouts are.
 */
export function renderDocument(ctx: RenderContext, doc: Document, body: KeptBody | null = null): void {
  const started = ctx.profile ? performance.now() : 0;
  ctx.deps.begin(doc.sourcePath);
  const outer = ctx.rendering.doc;
  ctx.rendering.doc = doc;
  try {
    renderStages(ctx, doc, body);
    const finished = ctx.theme.finishPage(doc.output ?? '');
    if (finished === null) renderWithoutNavSlots(ctx, doc);
    else if (doc.output !== null) {
      if (finished.template) deferOutput(doc, finished.filled);
      else doc.output = finished.filled();
      doc.navTemplate = finished.template;
    }
    // A page a plugin changed after rendering (jemoji) is rendered again, not refilled, when the nav changes.
    const template = doc.navTemplate;
    if (transformOutput(ctx.site, doc, template ? () => ctx.theme.pageTexts(template) : null)) doc.navTemplate = null;
  } finally {
    ctx.rendering.doc = outer;
    ctx.deps.end();
    ctx.profile?.template(doc.sourcePath, performance.now() - started);
  }
}

function renderStages(ctx: RenderContext, doc: Document, kept: KeptBody | null = null): void {
  const body = kept ? keptBody(ctx, doc, kept) : capturedBody(ctx, doc);
  if (body.output === null) return;
  doc.content = flatString(body.output);
  doc.output = placesInLayout(doc) ? placeInLayouts(ctx, doc, body.output, body.payload) : body.output;
}

/** A kept body, what it read recorded again as if it were rendered. */
function keptBody(ctx: RenderContext, doc: Document, kept: KeptBody): { payload: Hash; output: string } {
  const payload = documentPayload(ctx, doc);
  ctx.deps.recordAll(kept.keys);
  ctx.deps.keepBody(doc.sourcePath, kept.keys);
  return { payload, output: kept.content };
}

/** The body rendered, what it read also recorded on its own (when records are kept for a rebuild). */
function capturedBody(ctx: RenderContext, doc: Document): { payload: Hash; output: string | null } {
  if (!ctx.deps.keeps) return renderBody(ctx, doc);
  const keys = ctx.deps.pushCapture();
  try {
    return renderBody(ctx, doc);
  } finally {
    ctx.deps.popCapture(keys);
    ctx.deps.keepBody(doc.sourcePath, keys);
  }
}

/** The body through Liquid and its converter; null output while Sass compiles it. */
function renderBody(ctx: RenderContext, doc: Document): { payload: Hash; output: string | null } {
  const payload = documentPayload(ctx, doc);
  let output = doc.content;
  if (rendersWithLiquid(doc, output)) {
    output = renderLiquid(ctx, output, payload, doc.sourcePath, doc.bodyLine, () => readText(doc.absolutePath));
  }
  const pendingCss = convertLater(ctx, doc, output);
  if (pendingCss) {
    doc.pendingCss = pendingCss;
    doc.content = doc.output = '';
    return { payload, output: null };
  }
  return { payload, output: convert(ctx, doc, output) };
}

/** Whether a body an earlier build rendered can be put in this build's layouts as it is. */
export function canRelayout(doc: Document, bodyKeys: Set<string> | undefined): bodyKeys is Set<string> {
  // A body that printed the sidebar holds a placeholder of that build's, which only a full render fills.
  return bodyKeys !== undefined && !bodyKeys.has('nav:sidebar') && placesInLayout(doc) && doc.data.layout !== null && doc.data.layout !== undefined;
}

/** The page's layouts changed the sidebar's placeholder: render it again with the sidebar printed in place. */
function renderWithoutNavSlots(ctx: RenderContext, doc: Document): void {
  const slots = ctx.theme.navSlots();
  doc.content = doc.rawContent;
  slots.enabled = false;
  try {
    renderStages(ctx, doc);
  } finally {
    slots.enabled = true;
  }
}

/** Renders a fragment (an excerpt) with a document's payload, through Liquid and the converter only. */
export function renderFragment(ctx: RenderContext, doc: Document, text: string): string {
  ctx.deps.record(`content:${doc.sourcePath}`);
  const outer = ctx.rendering.doc;
  ctx.rendering.doc = doc;
  try {
    return renderFragmentStages(ctx, doc, text);
  } finally {
    ctx.rendering.doc = outer;
  }
}

function renderFragmentStages(ctx: RenderContext, doc: Document, text: string): string {
  const payload = documentPayload(ctx, doc);
  const rendered = rendersWithLiquid(doc, text)
    ? renderLiquid(ctx, text, payload, doc.sourcePath, doc.bodyLine, () => readText(doc.absolutePath))
    : text;
  return convert(ctx, doc, rendered);
}

function documentPayload(ctx: RenderContext, doc: Document): Hash {
  const site = ctx.sitePayload;
  const page = doc.kind === 'page' ? { ...doc.liquid } : doc.liquid;
  if (doc.paginator) ctx.deps.record('list:posts');
  // Jekyll's highlighter prefix and suffix are its first converter's: a line break each for Markdown.
  const highlighterWrap = isMarkdownPage(ctx, doc) ? '\n' : null;
  return {
    site,
    page,
    layout: {},
    content: null,
    paginator: doc.paginator ?? null,
    jekyll: ctx.jekyll,
    highlighter_prefix: highlighterWrap,
    highlighter_suffix: highlighterWrap,
  };
}

function rendersWithLiquid(doc: Document, text: string): boolean {
  if (doc.data.render_with_liquid === false) return false;
  return text.includes('{%') || text.includes('{{');
}

function placesInLayout(doc: Document): boolean {
  return !isAssetFile(doc) && doc.data.layout !== 'none';
}

function placeInLayouts(ctx: RenderContext, doc: Document, content: string, payload: Hash): string {
  const requested = doc.data.layout;
  if (requested === null || requested === undefined) return content;
  ctx.deps.record(`layout:${String(requested)}`);
  let layout = ctx.site.layouts.get(String(requested));
  if (!layout) {
    ctx.logger.warn(frontMatterProblem(doc, 'layout', `Build Warning: Layout '${String(requested)}' requested in ${doc.sourcePath} does not exist.`));
    return content;
  }
  const used = new Set<Layout>([layout]);
  let output = content;
  let layoutData: Hash = {};
  while (layout) {
    payload.content = output;
    layoutData = deepMerge(layout.data, layoutData);
    payload.layout = layoutData;
    const current: Layout = layout;
    output = renderLayout(ctx, current, payload, doc);
    const parentName = current.data.layout;
    if (parentName !== null && parentName !== undefined) ctx.deps.record(`layout:${String(parentName)}`);
    const parent = parentName === null || parentName === undefined ? undefined : ctx.site.layouts.get(String(parentName));
    if (parent && used.has(parent)) {
      ctx.logger.warn(`Build Warning: Layout '${parent.name}' is used again by layout '${current.name}' (a layout cycle); ${doc.sourcePath} stops there.`);
      break;
    }
    if (!parent) break;
    used.add(parent);
    layout = parent;
  }
  return output;
}

/** A warning about a front matter key, pointing at the line that sets it. */
function frontMatterProblem(doc: Document, key: string, message: string): SiteError {
  const text = readText(doc.absolutePath);
  const lines = text.split('\n').slice(0, Math.max(1, doc.bodyLine - 1));
  const at = lines.findIndex((l) => new RegExp(`^${key}\\s*:`).test(l));
  if (at < 0) return new SiteError(message, { file: doc.sourcePath });
  return new SiteError(message, { file: doc.sourcePath, line: at + 1, column: 1, sourceLine: lines[at].replace(/\r$/, '') });
}

function renderLayout(ctx: RenderContext, layout: Layout, payload: Hash, doc: Document): string {
  const started = ctx.profile ? performance.now() : 0;
  try {
    return renderLiquid(ctx, layout.content, payload, layout.sourcePath, layout.bodyLine, () => readText(layout.sourcePath, ctx), true);
  } catch (error) {
    if (error instanceof SiteError) error.trail.push({ file: doc.sourcePath });
    throw error;
  } finally {
    ctx.profile?.template(layout.sourcePath, performance.now() - started);
  }
}

export function renderLiquid(
  ctx: RenderContext,
  text: string,
  scope: Hash,
  file: string,
  bodyLine: number,
  fileText: () => string,
  cacheable = false,
): string {
  try {
    const templates = cacheable ? parseCached(ctx, text, file) : ctx.liquid.parse(text, file);
    return String(ctx.liquid.renderSync(templates, scope));
  } catch (error) {
    if (error instanceof SiteError) throw error;
    throw liquidErrorToSiteError(error, file, bodyLine, fileText());
  }
}

function parseCached(ctx: RenderContext, text: string, file: string): Template[] {
  let templates = ctx.templates.get(file);
  if (!templates) {
    templates = ctx.liquid.parse(text, file);
    ctx.templates.set(file, templates);
  }
  return templates;
}

function readText(file: string, ctx?: RenderContext): string {
  try {
    return fs.readFileSync(ctx ? `${ctx.site.config.source}/${file}` : file, 'utf8');
  } catch {
    return '';
  }
}
