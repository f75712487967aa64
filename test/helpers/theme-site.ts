import { buildSite, type BuiltSite } from './site.js';

export const THEME_CONFIG = [
  'title: Test Docs',
  'theme: just-the-docs',
  'timezone: UTC',
  'defaults:',
  '  - scope:',
  '      path: ""',
  '    values:',
  '      layout: default',
  'compress_html: { clippings: all, comments: all, endings: all, startings: [], blanklines: false, profile: false }',
  '',
].join('\n');

/** A page file with front matter from `data` (YAML written as given) and a body. */
export function page(frontMatter: string, body = 'Body.\n'): string {
  return `---\n${frontMatter}\n---\n${body}`;
}

/** Builds a just-the-docs site; fails the test on a build error. */
export async function buildThemeSite(files: Record<string, string>, extraConfig = ''): Promise<BuiltSite> {
  const site = await buildSite({ '_config.yml': THEME_CONFIG + extraConfig, ...files });
  if (site.error) throw site.error;
  return site;
}

/** The part of a page between two markers (exclusive), or '' when absent. */
export function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  if (from < 0) return '';
  const to = html.indexOf(end, from + start.length);
  return html.slice(from + start.length, to < 0 ? undefined : to);
}

/** The texts of the sidebar's links, in order, nested lists marked with brackets. */
export function navOutline(html: string): string {
  const nav = between(html, '<nav aria-label="Main" id="site-nav" class="site-nav">', '</nav>');
  return nav
    .replace(/<button[^>]*>.*?<\/button>/g, '')
    .replace(/<ul[^>]*>/g, '[')
    .replace(/<\/ul>/g, ']')
    .replace(/<a [^>]*>(.*?)<\/a>/g, (_m, text: string) => `${text.replace(/<[^>]+>/g, '').trim()}; `)
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([[\]])\s*/g, '$1')
    .trim();
}
