import { compressHtml, type CompressSettings } from '../html/compress-html.js';
import type { SidebarHtml } from './sidebar-html.js';

interface PendingNav {
  readonly placeholder: string;
  readonly href: string;
  /** The sidebar as printed without compression (made only when needed). */
  readonly raw: () => string;
}

/**
 * The sidebar is most of every page (150 KB of 160 KB on a 1,000-page site). While a page's layouts run,
 * `{% jtd_nav %}` prints a short placeholder shaped like the sidebar's first and last tags, so the
 * layouts' filters and compress_html only handle the rest of the page; the sidebar goes in at the end,
 * compressed from parts compressed once per build when the page was compressed. A page whose layouts
 * changed the placeholder is rendered again with the sidebar printed in place.
 */
export class NavSlots {
  private readonly pending = new Map<string, PendingNav>();
  private next = 0;
  /** The sidebar's first and last tag names, from its rendering for no page; null when it is empty. */
  private edges: { first: string; last: string } | null | undefined;
  /** Whether compressing parts once gives the same bytes as compressing a whole sidebar; checked once. */
  private partsCompressSafely: boolean | null = null;
  enabled = true;

  constructor(private readonly sidebar: SidebarHtml) {}

  /** The placeholder to print for this page's sidebar, or null to print the sidebar itself. */
  placeholder(href: string): string | null {
    if (!this.enabled || this.sidebar.hasHoles) return null;
    this.edges ??= tagEdges(this.sidebar.render(''));
    if (!this.edges) return null;
    const placeholder = `<${this.edges.first} data-jtd-nav-slot="${this.next++}"></${this.edges.last}>`;
    this.pending.set(placeholder, { placeholder, href, raw: () => this.sidebar.render(href) });
    return placeholder;
  }

  /** Inside compress_html: puts compressed sidebars in for the placeholders in `html`. */
  fillCompressed(html: string, settings: CompressSettings): string {
    return this.fill(html, (nav) => this.compressed(nav, settings));
  }

  /** After the layouts: puts the remaining sidebars in. Null when a placeholder went missing. */
  fillRemaining(html: string): string | null {
    const out = this.fill(html, (nav) => nav.raw());
    const missing = this.pending.size > 0;
    this.pending.clear();
    return missing ? null : out;
  }

  private fill(html: string, content: (nav: PendingNav) => string): string {
    if (this.pending.size === 0) return html;
    let out = html;
    for (const nav of [...this.pending.values()]) {
      const at = out.indexOf(nav.placeholder);
      if (at < 0) continue;
      out = out.slice(0, at) + content(nav) + out.slice(at + nav.placeholder.length);
      this.pending.delete(nav.placeholder);
    }
    return out;
  }

  private compressed(nav: PendingNav, settings: CompressSettings): string {
    const key = JSON.stringify(settings);
    const fast = () => this.sidebar.renderTransformed(nav.href, key, (part) => compressHtml(part, settings, false));
    if (this.partsCompressSafely === null) this.partsCompressSafely = fast() === compressHtml(nav.raw(), settings, false);
    return this.partsCompressSafely ? fast() : compressHtml(nav.raw(), settings, false);
  }
}

function tagEdges(html: string): { first: string; last: string } | null {
  const first = /^<([a-zA-Z][\w-]*)/.exec(html)?.[1];
  const closing = html.lastIndexOf('</');
  const last = closing >= 0 ? /^<\/([a-zA-Z][\w-]*)>$/.exec(html.slice(closing))?.[1] : undefined;
  return first && last ? { first, last } : null;
}
