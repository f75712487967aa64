import type { Liquid } from 'liquidjs';
import { compressHtmlTagClass, HeadingAnchorsTag } from './tags/html-tags.js';
import { breadcrumbsTagClass, childrenTagClass, navLoopTagClass, navTagClass } from './tags/nav-tags.js';
import { seoTagClass } from './tags/seo-tag.js';
import type { ThemeServices } from './theme-services.js';

/** The tags of the bundled just-the-docs theme, plus jekyll-seo-tag's `seo`. */
export function registerThemeTags(liquid: Liquid, theme: ThemeServices): void {
  liquid.registerTag('seo', seoTagClass());
  liquid.registerTag('compress_html', compressHtmlTagClass(theme));
  liquid.registerTag('jtd_heading_anchors', HeadingAnchorsTag);
  liquid.registerTag('jtd_nav', navTagClass(theme));
  liquid.registerTag('jtd_nav_loop', navLoopTagClass(theme));
  liquid.registerTag('jtd_breadcrumbs', breadcrumbsTagClass(theme));
  liquid.registerTag('jtd_children', childrenTagClass(theme));
}
