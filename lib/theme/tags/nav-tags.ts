import { Tag, type Context, type Emitter } from '../../liquid/liquidjs.js';
import { renderTemplates } from '../../liquid/sync-render.js';
import type { NavHole } from '../nav/sidebar-html.js';
import { navValue, navValueKey, type NavValueKind } from '../nav/nav-values.js';
import type { ThemeServices } from '../theme-services.js';
import { assignVariable, pagePlace } from './page-place.js';

/**
 * `{% jtd_nav %}`: the sidebar's lists, with the current page's link and its parents marked `active`.
 * Lists the site renders with its own nav includes are rendered by those includes.
 */
export function navTagClass(theme: ThemeServices) {
  return class JtdNavTag extends Tag {
    render(ctx: Context, emitter: Emitter): void {
      const href = theme.urls.relative(pagePlace(ctx).url);
      const placeholder = theme.navSlots().placeholder(href);
      if (placeholder !== null) {
        theme.recordSidebarRead();
        emitter.write(placeholder);
        return;
      }
      theme.recordNavRead();
      for (const segment of theme.nav().sidebar.renderSegments(href)) {
        if (typeof segment === 'string') emitter.write(segment);
        else emitter.write(renderOverride(theme, segment, ctx));
      }
    }
  };
}

function renderOverride(theme: ThemeServices, hole: NavHole, ctx: Context): string {
  const name = hole.kind === 'links' ? theme.overrides.linkList : theme.overrides.pageList;
  const file = name === null ? null : theme.findInclude(name);
  if (!file) return '';
  const site = ctx.getSync(['site']) as Record<string, unknown>;
  const params = hole.kind === 'links' ? {} : { pages: site[hole.collection ?? 'html_pages'], key: hole.collection };
  ctx.push({ include: params });
  try {
    return renderTemplates(file.templates, ctx);
  } finally {
    ctx.pop();
  }
}

/** A tag that assigns `variable` a value computed from the navigation, recording that value as the dependency. */
function navValueTagClass(theme: ThemeServices, kind: NavValueKind, variable: string) {
  return class NavValueTag extends Tag {
    render(ctx: Context): void {
      const place = pagePlace(ctx);
      const value = navValue(theme.nav(), kind, place);
      theme.recordNavValue(() => navValueKey(kind, place, value));
      assignVariable(ctx, variable, value);
    }
  };
}

/** `{% jtd_nav_loop %}`: assigns `jtd_nav_loop` the page titled like an ancestor ({title, path}), or nil. */
export const navLoopTagClass = (theme: ThemeServices) => navValueTagClass(theme, 'loop', 'jtd_nav_loop');

/** `{% jtd_breadcrumbs %}`: assigns `jtd_breadcrumbs` the pages above this one, top first ({title, url}). */
export const breadcrumbsTagClass = (theme: ThemeServices) => navValueTagClass(theme, 'crumbs', 'jtd_breadcrumbs');

/** `{% jtd_children %}`: assigns `jtd_children` the pages of this page's table of contents ({title, url, summary}). */
export const childrenTagClass = (theme: ThemeServices) => navValueTagClass(theme, 'children', 'jtd_children');
