import { createHash, hash } from 'node:crypto';
import { compressHtml, type CompressSettings } from '../html/compress-html.js';
import type { SidebarHtml } from './sidebar-html.js';
import { Utf8Encoder } from '../../util/utf8-encoder.js';

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
  /** The HTML around the placeholders as bytes, made on the first refill that writes bytes. */
  bytes?: TemplateBytes;
}

/** A template cut at its placeholders: `parts[i]` comes before the sidebar of `slots[order[i]]`. */
interface TemplateBytes {
  readonly parts: Buffer[];
  readonly order: number[];
  readonly hash: string;
}

/** A transform of the sidebar's parts and the key its results are kept under. */
interface PartCompressor {
  readonly key: string;
  transform(part: string): string;
}

/** A refilled page as bytes: `key` is equal for two refills only when their bytes are. */
export interface RefilledPage {
  readonly key: string;
  pieces(): Buffer[];
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
  private readonly encoder = new Utf8Encoder();
  private readonly compressors = new WeakMap<CompressSettings, PartCompressor>();
  /** The sidebar's first and last tag names, from its rendering for no page; null when it is empty. */
  private edges: { first: string; last: string } | null | undefined;
  /** The sidebar rendered for no page. */
  private anySidebar: string | undefined;
  enabled = true;

  constructor(private readonly sidebar: SidebarHtml) {}

  /** The placeholder to print for this page's sidebar, or null to print the sidebar itself. */
  placeholder(href: string): string | null {
    if (!this.enabled || this.sidebar.hasHoles) return null;
    this.edges ??= tagEdges((this.anySidebar ??= this.sidebar.render('')));
    if (!this.edges) return null;
    const placeholder = `<${this.edges.first} data-jtd-nav-slot="${this.next++}"></${this.edges.last}>`;
    this.pending.set(placeholder, { placeholder, href, compressed: null });
    return placeholder;
  }

  /** Inside compress_html: the placeholders in `html` will get compressed sidebars. */
  markCompressed(html: string, settings: CompressSettings): void {
    for (const nav of this.pending.values()) if (html.includes(nav.placeholder)) nav.compressed = settings;
  }

  /**
   * After the layouts: the page's template and the page with its sidebars, made when asked for (most pages are
   * written from the template's bytes). Null when a placeholder went missing.
   */
  finish(html: string): { filled: () => string; template: NavTemplate | null } | null {
    if (this.pending.size === 0) return { filled: () => html, template: null };
    const slots = [...this.pending.values()];
    this.pending.clear();
    if (!slots.every((nav) => html.includes(nav.placeholder))) return null;
    const template: NavTemplate = { html, slots: slots.map((nav) => ({ ...nav })) };
    return { filled: () => this.fill(template), template };
  }

  /**
   * A template's page as texts without putting them together: the page's own text around the placeholders, and the
   * sidebar's. Each begins and ends with a tag; the sidebars of two pages differ only in their links' classes.
   */
  texts(template: NavTemplate): string[] {
    return template.slots.length === 0 ? [template.html] : [template.html, (this.anySidebar ??= this.sidebar.render(''))];
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

  /** `fill` as bytes, for writing; computing the key does not put the pieces together. */
  fillBytes(template: NavTemplate): RefilledPage {
    const bytes = (template.bytes ??= templateBytes(template, this.encoder));
    const sidebars = bytes.order.map((i) => this.sidebarBytes(template.slots[i]!));
    return {
      key: `nav:${bytes.hash}:${sidebars.map((s) => s.fingerprint).join('|')}`,
      pieces: () => bytes.parts.flatMap((part, i) => (i < sidebars.length ? [part, ...sidebars[i]!.pieces] : [part])),
    };
  }

  private sidebarBytes(slot: NavTemplate['slots'][number]): { pieces: Buffer[]; fingerprint: string } {
    const settings = slot.compressed;
    const compressor = settings ? this.partCompressor(settings) : null;
    const fast = compressor === null || this.compressesPartsSafely(slot.href, settings!, compressor);
    const bytes = fast ? this.sidebar.renderBytes(slot.href, compressor) : null;
    if (bytes) return bytes;
    const text = Buffer.from(settings ? this.compressed(slot.href, settings) : this.sidebar.render(slot.href));
    return { pieces: [text], fingerprint: createHash('sha1').update(text).digest('base64') };
  }

  private compressed(href: string, settings: CompressSettings): string {
    const compressor = this.partCompressor(settings);
    return this.compressesPartsSafely(href, settings, compressor)
      ? this.sidebar.renderTransformed(href, compressor.key, compressor.transform)
      : compressHtml(this.sidebar.render(href), settings, false);
  }

  /** Whether compressing the sidebar's parts once gives what compressing a whole rendering does (checked once per key). */
  private compressesPartsSafely(href: string, settings: CompressSettings, { key, transform }: PartCompressor): boolean {
    const check = () => this.sidebar.renderTransformed(href, key, transform) === compressHtml(this.sidebar.render(href), settings, false);
    return this.sidebar.transformsPartsSafely(key, check);
  }

  /**
   * compress_html for the sidebar's parts, made once per settings object, under a key equal for equal settings
   * (the sidebar's caches outlive a build's settings object).
   */
  private partCompressor(settings: CompressSettings): PartCompressor {
    let compressor = this.compressors.get(settings);
    if (compressor === undefined) {
      compressor = { key: `compress:${JSON.stringify(settings)}`, transform: (part) => compressHtml(part, settings, false) };
      this.compressors.set(settings, compressor);
    }
    return compressor;
  }
}

/** Where each placeholder is, in the order they appear, and the HTML between them as bytes. */
function templateBytes(template: NavTemplate, encoder: Utf8Encoder): TemplateBytes {
  const at = template.slots.map((slot) => template.html.indexOf(slot.placeholder));
  const order = at.map((_, i) => i).sort((a, b) => at[a]! - at[b]!);
  const texts: string[] = [];
  let from = 0;
  for (const i of order) {
    texts.push(template.html.slice(from, at[i]));
    from = at[i]! + template.slots[i]!.placeholder.length;
  }
  texts.push(template.html.slice(from));
  const parts = encoder.consecutive(texts);
  // The parts are consecutive in one buffer: its hash and where each part ends name them all.
  const whole = Buffer.from(parts[0]!.buffer, parts[0]!.byteOffset, parts.reduce((sum, part) => sum + part.length, 0));
  return { parts, order, hash: `${hash('sha1', whole, 'base64')}:${parts.map((part) => part.length).join(',')}` };
}

function tagEdges(html: string): { first: string; last: string } | null {
  const first = /^<([a-zA-Z][\w-]*)/.exec(html)?.[1];
  const closing = html.lastIndexOf('</');
  const last = closing >= 0 ? /^<\/([a-zA-Z][\w-]*)>$/.exec(html.slice(closing))?.[1] : undefined;
  return first && last ? { first, last } : null;
}
