import { Liquid } from './liquidjs.js';
import { registerFilters, type FilterServices } from './filters/index.js';
import { jekyllLiquidOptions } from './ruby/index.js';
import type { LiquidServices } from './services.js';
import { ForTag } from './tags/for.js';
import { TablerowTag } from './tags/tablerow.js';
import { parseWithTextScanning } from './text-scanning-tokenizer.js';
import { installSyncRenderer } from './sync-render.js';
import { highlightTagClass } from './tags/highlight.js';
import { includeCachedTagClass } from './tags/include-cached.js';
import { findInclude, findRelative, includeTagClass } from './tags/include.js';
import { linkTagClass, postUrlTagClass } from './tags/link.js';
import { registerThemeTags } from '../theme/register.js';
import type { ThemeServices } from '../theme/theme-services.js';

export interface LiquidSettings {
  strictFilters: boolean;
  strictVariables: boolean;
}

/** A liquidjs engine that behaves as Jekyll 4.3's Liquid, with Jekyll's tags and filters. One per build. */
export function createLiquid(settings: LiquidSettings, services: LiquidServices, filters: FilterServices, theme: ThemeServices): Liquid {
  const liquid = new Liquid({
    ...jekyllLiquidOptions(),
    jekyllInclude: true,
    jekyllWhere: true,
    dynamicPartials: false,
    strictFilters: settings.strictFilters,
    strictVariables: settings.strictVariables,
    lenientIf: true,
    ownPropertyOnly: true,
    greedy: true,
    preserveTimezones: true,
    cache: false,
    // Only liquidjs's own date filters read the locale, and Jekyll's replace them all; without one, liquidjs asks
    // Intl.DateTimeFormat for the system's, and the first such formatter of a process costs about 12 ms.
    locale: 'en-US',
  });
  parseWithTextScanning(liquid);
  installSyncRenderer(liquid);
  liquid.registerTag('for', ForTag);
  liquid.registerTag('tablerow', TablerowTag);
  liquid.registerTag('include', includeTagClass(services, 'include', findInclude));
  liquid.registerTag('include_relative', includeTagClass(services, 'include_relative', findRelative));
  liquid.registerTag('include_cached', includeCachedTagClass(services));
  liquid.registerTag('link', linkTagClass(services));
  liquid.registerTag('post_url', postUrlTagClass(services));
  liquid.registerTag('highlight', highlightTagClass(services));
  registerFilters(liquid, filters);
  registerThemeTags(liquid, theme);
  return liquid;
}
