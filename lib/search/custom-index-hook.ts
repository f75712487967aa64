import fs from 'node:fs';
import vm from 'node:vm';
import { SiteError } from '../errors/site-error.js';
import { liquidErrorToSiteError } from '../render/liquid-error.js';
import type { RenderContext } from '../render/render-context.js';
import type { Lunr, LunrBuilder } from './lunr-module.js';

/** Runs before each document is added to the index, with `this` = the lunr builder (as in the browser). */
export type CustomIndexHook = (builder: LunrBuilder, docs: unknown[], i: string, lunr: Lunr) => void;

const INCLUDE = 'lunr/custom-index.js';

/**
 * The site's `lunr/custom-index.js` include, rendered with Liquid once, compiled as the body of the
 * function just-the-docs runs inside its indexing loop (it sees `docs`, `i` and `lunr`).
 * Null when the include is missing or blank.
 */
export function customIndexHook(ctx: RenderContext): CustomIndexHook | null {
  const include = ctx.services.findInclude(INCLUDE);
  if (!include) return null;
  let code: string;
  try {
    code = String(ctx.liquid.renderSync(include.templates, { site: ctx.sitePayload, jekyll: ctx.jekyll }));
  } catch (error) {
    if (error instanceof SiteError) throw error;
    throw liquidErrorToSiteError(error, include.shownPath, 1, fs.readFileSync(include.absolutePath, 'utf8'));
  }
  if (code.trim() === '') return null;
  const hook = compile(code, include.shownPath);
  return (builder, docs, i, lunr) => {
    try {
      hook.call(builder, docs, i, lunr);
    } catch (error) {
      throw new SiteError(`${include.shownPath} failed while building the search index (document ${i}): ${(error as Error).message}`, { file: include.shownPath });
    }
  };
}

function compile(code: string, shownPath: string): (this: LunrBuilder, docs: unknown[], i: string, lunr: Lunr) => void {
  try {
    return vm.runInNewContext(`(function (docs, i, lunr) {\n${code}\n})`, {}, { filename: shownPath });
  } catch (error) {
    throw new SiteError(`${shownPath} is not valid JavaScript: ${(error as Error).message}`, { file: shownPath });
  }
}
