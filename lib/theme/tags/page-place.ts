import type { Context } from 'liquidjs';
import { isNil } from '../../liquid/ruby/kinds.js';
import { readProperty } from '../../liquid/ruby/property.js';
import { toS } from '../../liquid/ruby/to-s.js';
import type { PagePlace } from '../nav/theme-nav.js';

/** The page being rendered, as the navigation locates it. */
export function pagePlace(ctx: Context): PagePlace {
  const page = ctx.getSync(['page']);
  const collection = readProperty(page, 'collection');
  return { url: toS(readProperty(page, 'url')), collection: isNil(collection) ? null : toS(collection) };
}

/** Sets a variable in the template's outermost scope, as `assign` does. */
export function assignVariable(ctx: Context, name: string, value: unknown): void {
  (ctx.bottom() as Record<string, unknown>)[name] = value;
}
