import { escapeHtml } from '../../liquid/filters/escape.js';
import type { NavNode } from './nav-tree.js';
import type { EncodedSlottedHtml } from './encoded-slotted-html.js';
import { SlottedHtml } from './slotted-html.js';
import type { ExternalLink, NavCollection } from './theme-config.js';

/** A collection's part of the sidebar. */
export interface SidebarCollection {
  readonly collection: NavCollection;
  readonly nodes: readonly NavNode[];
}

/** Where a site's own nav include replaces a list: the pages of a set (collection label, or null), or the external links. */
export type NavHole = { readonly kind: 'pages'; readonly collection: string | null } | { readonly kind: 'links' };

/** Which lists the site renders with its own includes. */
export interface NavOverrides {
  readonly pages: boolean;
  readonly links: boolean;
}

export interface SidebarParts {
  readonly pages: readonly NavNode[];
  readonly externalLinks: readonly ExternalLink[];
  readonly collections: readonly SidebarCollection[];
}

export interface UrlFunctions {
  relative(url: string): string;
  absolute(url: string): string;
}

/** What a page marks as current: its link, and the list items that contain it. */
export interface ActiveTarget {
  readonly link: number;
  readonly items: readonly number[];
}

/**
 * The sidebar's `ul` lists, rendered once per build. Every item and link is numbered; a page's copy marks
 * its first link (by href, as just-the-docs' script finds it) and the enclosing items `active`.
 */
export class SidebarHtml {
  private readonly segments: (SlottedHtml | NavHole)[] = [];
  private html = new SlottedHtml();
  private readonly targets = new Map<string, ActiveTarget>();
  private readonly transformed = new Map<string, (SlottedHtml | NavHole)[]>();
  private readonly safeTransforms = new Map<string, boolean>();
  private readonly encoded = new Map<string, EncodedSlottedHtml>();
  private nextId = 0;
  private readonly open: number[] = [];

  constructor(
    parts: SidebarParts,
    private readonly urls: UrlFunctions,
    private readonly overrides: NavOverrides = { pages: false, links: false },
  ) {
    this.segments.push(this.html);
    if (parts.pages.length > 0) this.pageList(parts.pages, null);
    if (parts.externalLinks.length > 0) {
      if (overrides.links) this.hole({ kind: 'links' });
      else this.externalList(parts.externalLinks);
    }
    const labelled = parts.collections.length > 1 || parts.pages.length > 0;
    for (const part of parts.collections) this.collection(part, labelled);
  }

  /** The lists for the page at `href` (a relative_url), with its link marked. */
  render(href: string): string {
    return this.renderSegments(href).join('');
  }

  /** Like `render`, with the places the site's own includes fill left as holes. */
  renderSegments(href: string): (string | NavHole)[] {
    return this.fillSegments(this.segments, href);
  }

  /** Whether the site's own includes fill parts of the sidebar. */
  get hasHoles(): boolean {
    return this.segments.some((segment) => !(segment instanceof SlottedHtml));
  }

  /** `render` with every fixed part passed through `transform` once (memoised by the caller's key). */
  renderTransformed(href: string, key: string, transform: (part: string) => string): string {
    return this.fillSegments(this.transformedSegments(key, transform), href).join('');
  }

  /**
   * `render`, or `renderTransformed` when `transformed` is given, as UTF-8 pieces, with a fingerprint that
   * is equal only for equal bytes. Null when the sidebar has holes.
   */
  renderBytes(href: string, transformed: { key: string; transform: (part: string) => string } | null): { pieces: Buffer[]; fingerprint: string } | null {
    const key = transformed ? transformed.key : 'plain';
    let encoded = this.encoded.get(key);
    if (!encoded) {
      const segments = transformed ? this.transformedSegments(transformed.key, transformed.transform) : this.segments;
      if (segments.length !== 1 || !(segments[0] instanceof SlottedHtml)) return null;
      encoded = segments[0].encode();
      this.encoded.set(key, encoded);
    }
    const target = this.findTarget(href);
    const on = target ? [target.link, ...target.items] : [];
    return { pieces: encoded.pieces(on), fingerprint: `${encoded.fingerprint}:${on.join(',')}` };
  }

  private transformedSegments(key: string, transform: (part: string) => string): (SlottedHtml | NavHole)[] {
    let segments = this.transformed.get(key);
    if (!segments) {
      segments = this.segments.map((segment) => (segment instanceof SlottedHtml ? segment.mapParts(transform) : segment));
      this.transformed.set(key, segments);
    }
    return segments;
  }

  /** Whether the transform under `key` may run on parts instead of whole renderings; `check` decides, once per key. */
  transformsPartsSafely(key: string, check: () => boolean): boolean {
    let safe = this.safeTransforms.get(key);
    if (safe === undefined) {
      safe = check();
      this.safeTransforms.set(key, safe);
    }
    return safe;
  }

  private fillSegments(segments: readonly (SlottedHtml | NavHole)[], href: string): (string | NavHole)[] {
    const target = this.findTarget(href);
    const on = new Set(target ? [target.link, ...target.items] : []);
    return segments.map((segment) => (segment instanceof SlottedHtml ? segment.fill((item) => on.has(item)) : segment));
  }

  private hole(hole: NavHole): void {
    this.segments.push(hole);
    this.html = new SlottedHtml();
    this.segments.push(this.html);
  }

  private pageList(nodes: readonly NavNode[], collection: string | null): void {
    if (this.overrides.pages) this.hole({ kind: 'pages', collection });
    else this.list(nodes);
  }

  private findTarget(href: string): ActiveTarget | undefined {
    const exact = this.targets.get(href);
    if (exact || href === '/' || !href.endsWith('/')) return exact;
    const bare = href.slice(0, -1);
    return this.targets.get(bare) ?? this.targets.get(`${bare}/`) ?? this.targets.get(`${bare}.html`);
  }

  private list(nodes: readonly NavNode[]): void {
    this.html.text('<ul class="nav-list">');
    for (const node of nodes) this.item(node);
    this.html.text('</ul>');
  }

  private item(node: NavNode): void {
    const id = this.nextId++;
    this.html.text('<li ');
    this.html.slot(id, 'class="nav-list-item active"', 'class="nav-list-item"');
    this.html.text('>');
    this.open.push(id);
    if (node.expandable) this.expander(id, `${node.entry.title} submenu`);
    this.link(node.entry.url, node.loop ? ' ∞ ' : node.entry.title);
    if (node.expandable) this.list(node.children);
    this.open.pop();
    this.html.text('</li>');
  }

  private expander(item: number, label: string): void {
    this.html.text(`<button class="nav-list-expander btn-reset" aria-label="${escapeHtml(label)}" `);
    this.html.slot(item, 'aria-expanded="true"', 'aria-expanded="false"');
    this.html.text('><svg viewBox="0 0 24 24" aria-hidden="true"><use xlink:href="#svg-arrow-right"></use></svg></button>');
  }

  private link(url: string, text: string): void {
    const id = this.nextId++;
    const href = this.urls.relative(url);
    if (!this.targets.has(href)) this.targets.set(href, { link: id, items: [...this.open] });
    this.html.text(`<a href="${escapeHtml(href)}" `);
    this.html.slot(id, 'class="nav-list-link active" aria-current="page"', 'class="nav-list-link"');
    this.html.text(`>${text}</a>`);
  }

  private externalList(links: readonly ExternalLink[]): void {
    this.html.text('<ul class="nav-list">');
    for (const link of links) {
      const href = this.urls.absolute(link.url);
      const target = link.newTab ? ' target="_blank" rel="noopener noreferrer"' : '';
      const icon = link.hideIcon
        ? ''
        : ' <svg viewBox="0 0 24 24" aria-labelledby="svg-external-link-title"><use xlink:href="#svg-external-link"></use></svg>';
      this.html.text(
        `<li class="nav-list-item external"><a href="${escapeHtml(href)}" class="nav-list-link external"${target}>${link.title}${icon}</a></li>`,
      );
    }
    this.html.text('</ul>');
  }

  private collection(part: SidebarCollection, labelled: boolean): void {
    const name = part.collection.name;
    const label = part.collection.label;
    if (!labelled) return this.pageList(part.nodes, label);
    if (!part.collection.fold) {
      this.html.text(`<div class="nav-category">${name}</div>`);
      return this.pageList(part.nodes, label);
    }
    const id = this.nextId++;
    this.html.text('<ul class="nav-list nav-category-list"><li ');
    this.html.slot(id, 'class="nav-list-item active"', 'class="nav-list-item"');
    this.html.text('>');
    this.open.push(id);
    if (part.nodes.length > 0) this.expander(id, `${name} collection`);
    this.html.text(`<div class="nav-category">${name}</div>`);
    this.pageList(part.nodes, label);
    this.open.pop();
    this.html.text('</li></ul>');
  }
}
