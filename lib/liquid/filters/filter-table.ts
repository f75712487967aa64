/** A set of filters by name, as liquidjs registers them. */
import type { Context, FilterImplOptions, Liquid } from 'liquidjs';

export type FilterTable = Record<string, FilterImplOptions>;

/** What liquidjs binds `this` to when it calls a filter. */
export interface FilterThis {
  context: Context;
  liquid: Liquid;
}
