/** A Liquid engine configured as the site engine will be, for rendering filter probes in tests. */
import { Liquid } from '../../lib/liquid/liquidjs.js';
import { registerFilters, type FilterServices } from '../../lib/liquid/filters/index.js';
import { jekyllLiquidOptions } from '../../lib/liquid/ruby/options.js';

const ENGINE_OPTIONS = {
  jekyllInclude: true,
  jekyllWhere: true,
  dynamicPartials: false,
  strictFilters: false,
  strictVariables: false,
  lenientIf: true,
  ownPropertyOnly: true,
  greedy: true,
  preserveTimezones: true,
};

export function createEngine(config: Record<string, unknown> = {}, timezone: string | null = 'UTC'): Liquid {
  const liquid = new Liquid({ ...ENGINE_OPTIONS, ...jekyllLiquidOptions() });
  const services: FilterServices = {
    config,
    timezone,
    markdownify: (text) => `<p>${text}</p>\n`,
    smartify: (text) => text.replaceAll("'", '’'),
    scssify: (text) => `css(${text})`,
    sassify: (text) => `css(${text})`,
  };
  registerFilters(liquid, services);
  return liquid;
}

export function renderWith(liquid: Liquid) {
  return (template: string, scope: Record<string, unknown> = {}): string => liquid.parseAndRenderSync(template, scope);
}
