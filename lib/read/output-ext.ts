import path from 'node:path';
import type { SiteConfig } from '../config/config.js';

export const HTML_EXTENSIONS = new Set(['.html', '.xhtml', '.htm']);

/** The extension a converter gives a source extension: Markdown → .html, Sass → .css, others keep theirs. */
export function convertedExt(config: SiteConfig, ext: string): string {
  const lower = ext.toLowerCase();
  if (config.markdownExts.has(lower)) return '.html';
  if (lower === '.scss' || lower === '.sass') return '.css';
  return ext;
}

/** Jekyll's Renderer#output_ext: a permalink's own extension wins over the converter's. */
export function outputExt(config: SiteConfig, ext: string, permalink: unknown): string {
  if (typeof permalink === 'string' && !permalink.endsWith('/')) {
    const fromPermalink = path.posix.extname(permalink);
    if (fromPermalink) return fromPermalink;
  }
  return convertedExt(config, ext);
}

/** Jekyll's add_permalink_suffix. */
export function addPermalinkSuffix(template: string, style: string): string {
  if (style === 'pretty') return `${template}/`;
  if (style === 'date' || style === 'ordinal' || style === 'none') return `${template}:output_ext`;
  let result = template;
  if (style.endsWith('/')) result += '/';
  if (style.endsWith(':output_ext')) result += ':output_ext';
  return result;
}

/** Where a URL is written: `/a/` → `a/index.html`, `/a` → `a.html`. */
export function destinationFor(url: string, ext: string, indexName: 'index' | 'index.html'): string {
  let dest = decodeURIComponentSafe(url).replace(/^\/+/, '');
  if (url.endsWith('/')) dest = `${dest}${indexName}`;
  if (!dest.endsWith(ext)) dest += ext;
  return dest;
}

function decodeURIComponentSafe(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
