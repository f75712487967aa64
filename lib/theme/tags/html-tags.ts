import type { Context } from 'liquidjs';
import type { Hash } from '../../config/merge.js';
import { readProperty } from '../../liquid/ruby/property.js';
import { toS } from '../../liquid/ruby/to-s.js';
import { compressHtml, compressSettings, type CompressSettings } from '../html/compress-html.js';
import { addHeadingAnchors } from '../html/heading-anchors.js';
import { transformBlockTagClass } from './transform-block.js';
import type { ThemeServices } from '../theme-services.js';

/**
 * `{% compress_html %}…{% endcompress_html %}`: jekyll-compress-html with the site's `compress_html` settings,
 * read once per engine (one per build).
 */
export function compressHtmlTagClass(theme: ThemeServices) {
  let settings: CompressSettings | null = null;
  return transformBlockTagClass('compress_html', (html: string, ctx: Context) => {
    if (!settings) {
      const site = (ctx.getSync(['site']) ?? {}) as Hash;
      settings = compressSettings(site, toS(readProperty(ctx.getSync(['jekyll']), 'environment')));
    }
    const compressed = compressHtml(html, settings);
    theme.navSlots().markCompressed(compressed, settings);
    return compressed;
  });
}

/** `{% jtd_heading_anchors %}…{% endjtd_heading_anchors %}`: a self-link in every heading that has an id. */
export const HeadingAnchorsTag = transformBlockTagClass('jtd_heading_anchors', addHeadingAnchors);
