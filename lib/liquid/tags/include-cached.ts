import { hash } from 'node:crypto';
import { Tag, type Context, type Emitter, type Liquid, type TagToken, type Template, type TopLevelToken } from '../liquidjs.js';
import { IncludeError } from '../include-error.js';
import { renderTemplates } from '../sync-render.js';
import type { LiquidServices } from '../services.js';
import { evaluateParams, parseParams, splitIncludeMarkup, type IncludeMarkup, type IncludeParam } from './include-params.js';
import { validateFileName } from './include.js';

/**
 * jekyll-include-cache's `include_cached`: rendered once per include path and parameter values for
 * the whole build; later uses print the first rendering.
 */
export function includeCachedTagClass(services: LiquidServices) {
  return class IncludeCachedTag extends Tag {
    private readonly markup: IncludeMarkup;
    /** A name given by Liquid, parsed once (as `include` does). */
    private readonly fileTemplate: Template[] | null;
    private readonly params: IncludeParam[] | null;

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.markup = splitIncludeMarkup(token.args);
      this.fileTemplate = this.markup.dynamic ? liquid.parse(this.markup.file) : null;
      this.params = this.markup.params !== null ? parseParams(this.markup.params, liquid) : null;
    }

    render(ctx: Context, emitter: Emitter): void {
      const name = this.fileTemplate ? renderTemplates(this.fileTemplate, ctx).trim() : this.markup.file;
      validateFileName('include_cached', name);
      const params = this.params !== null ? evaluateParams(this.params, ctx, this.liquid) : null;
      const key = `${name}\u0000${digest(params)}`;
      const cached = services.cachedIncludes.get(key);
      if (cached !== undefined) {
        services.deps.recordAll(cached.keys);
        emitter.write(cached.html);
        return;
      }
      const file = services.findInclude(name);
      if (!file) throw new Error(`Could not locate the included file '${name}' in any of ${JSON.stringify(services.includeDirs)}.`);
      ctx.push(params !== null ? { include: params } : {});
      const keys = services.deps.pushCapture();
      const timing = services.timing();
      const started = timing ? performance.now() : 0;
      try {
        services.deps.record(`include:${file.absolutePath}`);
        const html = renderTemplates(file.templates, ctx);
        services.cachedIncludes.set(key, { html, keys });
        emitter.write(html);
      } catch (error) {
        throw new IncludeError(error);
      } finally {
        timing?.template(file.shownPath, performance.now() - started);
        services.deps.popCapture(keys);
        ctx.pop();
      }
    }
  };
}

function digest(params: Record<string, unknown> | null): string {
  if (params === null) return '';
  return hash('md5', JSON.stringify(Object.entries(params).map(([k, v]) => [k, String(v)])), 'hex');
}
