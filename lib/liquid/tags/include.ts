import { Tag, type Context, type Emitter, type Liquid, type TagToken, type Template, type TopLevelToken } from '../liquidjs.js';
import { IncludeError } from '../include-error.js';
import { renderTemplates } from '../sync-render.js';
import { IncludeReuse } from '../include-reuse.js';
import type { IncludeFile, LiquidServices } from '../services.js';
import { evaluateParams, paramsAreValid, parseParams, splitIncludeMarkup, type IncludeMarkup, type IncludeParam } from './include-params.js';

/** Ruby Liquid stops templates nested deeper than this ("Nesting too deep"). */
const MAX_INCLUDE_DEPTH = 100;

const VALID_FILENAME = /^[\w/.\-()+~#@]+$/;
const INVALID_SEQUENCE = /[./]{2,}/;

type Finder = (services: LiquidServices, ctx: Context, name: string) => IncludeFile | null;

/**
 * Jekyll's `include` and `include_relative`: parameters become `include.*` in a new scope, while
 * `assign`s inside the included file still reach the caller.
 */
export function includeTagClass(services: LiquidServices, tagName: string, find: Finder) {
  const reuse = tagName === 'include' ? new IncludeReuse() : null;
  return class IncludeTag extends Tag {
    private readonly markup: IncludeMarkup;
    private readonly fileTemplate: Template[] | null;
    private readonly params: IncludeParam[] | null;

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.markup = splitIncludeMarkup(token.args);
      if (this.markup.params && !paramsAreValid(this.markup.params)) {
        throw new Error(
          `Invalid syntax for ${tagName} tag:\n\n  ${this.markup.params}\n\nValid syntax:\n\n  {% ${tagName} file.ext param='value' param2='value' %}`,
        );
      }
      this.fileTemplate = this.markup.dynamic ? liquid.parse(this.markup.file) : null;
      this.params = this.markup.params !== null ? parseParams(this.markup.params, liquid) : null;
    }

    render(ctx: Context, emitter: Emitter): void {
      const name = this.fileTemplate
        ? renderTemplates(this.fileTemplate, ctx).trim()
        : this.markup.file;
      validateFileName(tagName, name);
      const params = this.params !== null ? { include: evaluateParams(this.params, ctx, this.liquid) } : {};
      const depth = ctx.getRegister<{ n: number }>('include-depth', { n: 0 });
      if (depth.n >= MAX_INCLUDE_DEPTH) throw new Error(`Nesting too deep: includes nested more than ${MAX_INCLUDE_DEPTH} levels ('${name}' includes itself?)`);
      ctx.push(params);
      depth.n++;
      const timing = services.timing();
      const started = timing ? performance.now() : 0;
      let file: IncludeFile | null = null;
      try {
        file = find(services, ctx, name);
        if (!file) throw new Error(missingMessage(tagName, name, services));
        const key = reuse?.keyOf(file, params.include ?? null, ctx) ?? null;
        if (reuse === null || key === null) renderTemplates(file.templates, ctx, emitter);
        else emitter.write(renderOnce(reuse, key, file, ctx, services));
      } catch (error) {
        throw new IncludeError(error);
      } finally {
        if (timing && file) timing.template(file.shownPath, performance.now() - started);
        depth.n--;
        ctx.pop();
      }
    }
  };
}

/** The include's output for this build and parameters: the one kept, or rendered now and kept if it can be. */
function renderOnce(reuse: IncludeReuse, key: string, file: IncludeFile, ctx: Context, services: LiquidServices): string {
  const kept = reuse.reused(key);
  if (kept) {
    reuse.replay(kept, ctx, services.deps);
    return kept.html;
  }
  const watch = reuse.watch(ctx);
  const keys = services.deps.pushCapture();
  try {
    const html = renderTemplates(file.templates, ctx);
    reuse.finish(watch, ctx, key, file, html, keys);
    return html;
  } finally {
    services.deps.popCapture(keys);
    reuse.stop(watch, ctx);
  }
}

export function validateFileName(tagName: string, name: string): void {
  if (INVALID_SEQUENCE.test(name) || !VALID_FILENAME.test(name)) {
    throw new Error(
      `Invalid syntax for ${tagName} tag. File contains invalid characters or sequences:\n\n  ${name}\n\nValid syntax:\n\n  {% ${tagName} file.ext param='value' param2='value' %}`,
    );
  }
}

function missingMessage(tagName: string, name: string, services: LiquidServices): string {
  if (tagName === 'include_relative') return `Could not locate the included file '${name}' next to the page. Ensure it exists and is not a symlink.`;
  return `Could not locate the included file '${name}' in any of ${JSON.stringify(services.includeDirs)}. Ensure it exists in one of those directories and is not a symlink as those are not allowed in safe mode.`;
}

export const findInclude: Finder = (services, _ctx, name) => services.findInclude(name);

export const findRelative: Finder = (services, ctx, name) => {
  const page = ctx.getSync(['page']) as Record<string, unknown> | undefined;
  const from = typeof page?.path === 'string' ? page.path : '';
  return services.findRelativeInclude(from, name);
};
