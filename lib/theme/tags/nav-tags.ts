import { Tag, type Context, type Emitter, type Liquid } from 'liquidjs';
import type { NavHole } from '../nav/sidebar-html.js';
import type { NavEntry } from '../nav/nav-entry.js';
import type { ThemeServices } from '../theme-services.js';
import { assignVariable, pagePlace } from './page-place.js';

/**
 * `{% jtd_nav %}`: the sidebar's lists, with the current page's link and its parents marked `active`.
 * Lists the site renders with its own nav includes are rendered by those includes.
 */
export function navTagClass(theme: ThemeServices) {
  return class JtdNavTag extends Tag {
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      theme.recordNavRead();
      const href = theme.urls.relative(pagePlace(ctx).url);
      const placeholder = theme.navSlots().placeholder(href);
      if (placeholder !== null) {
        emitter.write(placeholder);
        return;
      }
      for (const segment of theme.nav().sidebar.renderSegments(href)) {
        if (typeof segment === 'string') emitter.write(segment);
        else emitter.write(String(yield* renderOverride(theme, segment, ctx, this.liquid)));
      }
    }
  };
}

function* renderOverride(theme: ThemeServices, hole: NavHole, ctx: Context, liquid: Liquid): Generator<unknown, unknown, unknown> {
  const name = hole.kind === 'links' ? theme.overrides.linkList : theme.overrides.pageList;
  const file = name === null ? null : theme.findInclude(name);
  if (!file) return '';
  const site = ctx.getSync(['site']) as Record<string, unknown>;
  const params = hole.kind === 'links' ? {} : { pages: site[hole.collection ?? 'html_pages'], key: hole.collection };
  ctx.push({ include: params });
  try {
    return yield liquid.renderer.renderTemplates(file.templates, ctx);
  } finally {
    ctx.pop();
  }
}

/** `{% jtd_nav_loop %}`: assigns `jtd_nav_loop` the page titled like an ancestor ({title, path}), or nil. */
export function navLoopTagClass(theme: ThemeServices) {
  return class JtdNavLoopTag extends Tag {
    render(ctx: Context): void {
      theme.recordNavRead();
      const loop = theme.nav().loop;
      assignVariable(ctx, 'jtd_nav_loop', loop ? { title: loop.title, path: loop.path } : null);
    }
  };
}

/** `{% jtd_breadcrumbs %}`: assigns `jtd_breadcrumbs` the pages above this one, top first ({title, url}). */
export function breadcrumbsTagClass(theme: ThemeServices) {
  return class JtdBreadcrumbsTag extends Tag {
    render(ctx: Context): void {
      theme.recordNavRead();
      assignVariable(ctx, 'jtd_breadcrumbs', theme.nav().ancestors(pagePlace(ctx)).map(linkView));
    }
  };
}

/** `{% jtd_children %}`: assigns `jtd_children` the pages of this page's table of contents ({title, url, summary}). */
export function childrenTagClass(theme: ThemeServices) {
  return class JtdChildrenTag extends Tag {
    render(ctx: Context): void {
      theme.recordNavRead();
      assignVariable(ctx, 'jtd_children', theme.nav().children(pagePlace(ctx)).map(linkView));
    }
  };
}

function linkView(entry: NavEntry): Record<string, unknown> {
  return { title: entry.title, url: entry.url, summary: entry.summary };
}
