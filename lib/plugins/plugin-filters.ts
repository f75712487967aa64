import { Context } from '../liquid/liquidjs.js';
import type { RenderContext } from '../render/render-context.js';
import { filterCaller, type FilterCaller } from '../theme/filter-caller.js';

/** The build's own Liquid filters, callable from a plugin that writes its output in TypeScript. */
export function pluginFilters(ctx: RenderContext): FilterCaller {
  return filterCaller(ctx.liquid, new Context({ site: ctx.sitePayload }, ctx.liquid.options));
}
