import fs from 'node:fs';
import type { Hash } from '../config/merge.js';
import { SiteError } from '../errors/site-error.js';
import type { Document } from '../model/document.js';
import type { IncludeFile } from '../liquid/services.js';
import { liquidErrorToSiteError } from '../render/liquid-error.js';
import type { RenderContext } from '../render/render-context.js';

/** Renders one page's extra members (`"key": value,` …) for its search entries. */
export type CustomDataRenderer = (doc: Document) => string;

/**
 * The site's or theme's `lunr/custom-data.json` include, rendered with `include.page` = the page being
 * indexed; null when there is no such include.
 */
export function customDataRenderer(ctx: RenderContext): CustomDataRenderer | null {
  const include = ctx.services.findInclude('lunr/custom-data.json');
  if (!include) return null;
  return (doc) => renderFor(ctx, include, doc);
}

function renderFor(ctx: RenderContext, include: IncludeFile, doc: Document): string {
  const scope: Hash = { site: ctx.sitePayload, page: doc.liquid, include: { page: doc.liquid }, jekyll: ctx.jekyll };
  const outer = ctx.rendering.doc;
  ctx.rendering.doc = doc;
  try {
    return String(ctx.liquid.renderSync(include.templates, scope));
  } catch (error) {
    if (error instanceof SiteError) throw error;
    throw liquidErrorToSiteError(error, include.shownPath, 1, readText(include.absolutePath));
  } finally {
    ctx.rendering.doc = outer;
  }
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
