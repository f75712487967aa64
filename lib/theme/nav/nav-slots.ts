import { compressHtml, type CompressSettings } from '../html/compress-html.js';
import type { SidebarHtml } from './sidebar-html.js';

interface PendingNav {
  readonly placeholder: string;
  readonly href: string;
  /** The compress_html settings the page's sidebar went through, or null when it was not compressed. */
  compressed: CompressSettings | null;
}

/** A page's final HTML with its sidebars left as placeholders, to fill again when only the navigation changed. */
export interface NavTemplate {
  readonly html: string;
  readonly slots: readonly { placeholder: string; href: string; compressed: CompressSettings | null }[];
}

/**
 * The sidebar is most of every page (150 KB of 160 KB on a 1,000-page site). While a page's layouts run,
 * `{% jtd_nav %}` prints a short placeholder shaped like the sidebar's first and last tags, so the
 * layouts' filters and compress_html only handle the rest of the page; the sidebar goes in at the end,
 * compressed from parts compressed once per build when the page was compressed. The page keeps the
 * HTML with placeholders, so a rebuild where only the navigation changed fills it again without
 * rendering. A page whose layouts changed a placeholder is rendered again with the sidebar printed in place.
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
    this.pending.set(placeholder, { placeholder, href, compressed: null });
    return placeholder;
  }

  /** Inside compress_html: the placeholders in `html` will get compressed sidebars. */
  markCompressed(html: string, settings: CompressSettings): void {
    for (const nav of this.pending.values()) if (html.includes(nav.placeholder)) nav.compressed = settings;
  }

  /** After the layouts: the page with its sidebars, and its template. Null when a placeholder went missing. */
  finish(html: string): { html: string; template: NavTemplate | null } | null {
    if (this.pending.size === 0) return { html, template: null };
    const slots = [...this.pending.values()];
    this.pending.clear();
    if (!slots.every((nav) => html.includes(nav.placeholder))) return null;
    const template: NavTemplate = { html, slots: slots.map((nav) => ({ ...nav })) };
    return { html: this.fill(template), template };
  }

  /** A template's page with this build's sidebars. */
  fill(template: NavTemplate): string {
    let out = template.html;
    for (const slot of template.slots) {
      const at = out.indexOf(slot.placeholder);
      const nav = slot.compressed ? this.compressed(slot.href, slot.compressed) : this.sidebar.render(slot.href);
      out = out.slice(0, at) + nav + out.slice(at + slot.placeholder.length);
    }
    return out;
  }

  private compressed(href: string, settings: CompressSettings): string {
    const key = JSON.stringify(settings);
    const fast = () => this.sidebar.renderTransformed(href, key, (part) => compressHtml(part, settings, false));
    const slow = () => compressHtml(this.sidebar.render(href), settings, false);
    if (this.partsCompressSafely === null) this.partsCompressSafely = fast() === slow();
    return this.partsCompressSafely ? fast() : slow();
  }
}

function tagEdges(html: string): { first: string; last: string } | null {
  const first = /^<([a-zA-Z][\w-]*)/.exec(html)?.[1];
  const closing = html.lastIndexOf('</');
  const last = closing >= 0 ? /^<\/([a-zA-Z][\w-]*)>$/.exec(html.slice(closing))?.[1] : undefined;
  return first && last ? { first, last } : null;
}
