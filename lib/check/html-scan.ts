import { decodeEntities } from './html-entities.js';

/** What a reference in a page points at: a page (or anchor), an image, or a stylesheet, script or other asset. */
export type ReferenceKind = 'link' | 'image' | 'asset';

export interface HtmlReference {
  kind: ReferenceKind;
  /** The URL as written in the attribute, character references decoded. */
  url: string;
  /** The link text, or an image's alt text. */
  text: string;
  /** 1-based line in the HTML file. */
  line: number;
}

export interface HtmlScan {
  references: HtmlReference[];
  /** Every `id`, and every `name` of an `<a>`: the anchors a `#fragment` can reach. */
  anchors: Set<string>;
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const CHECKED_LINK_RELS = /\b(stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon)\b/i;

/** Finds the links, images and assets an HTML page refers to, and the anchors it offers. */
export function scanHtml(html: string): HtmlScan {
  const text = blankOutUnscanned(html);
  const lines = lineStarts(text);
  const references: HtmlReference[] = [];
  const anchors = new Set<string>();
  for (const match of text.matchAll(TAG)) {
    const name = match[1].toLowerCase();
    const attributes = parseAttributes(match[2] ?? '');
    const line = lineAt(lines, match.index!);
    if (attributes.id) anchors.add(attributes.id);
    if (name === 'a' && attributes.name) anchors.add(attributes.name);
    for (const reference of referencesOf(name, attributes, text, match.index! + match[0].length)) {
      references.push({ ...reference, line });
    }
  }
  return { references, anchors };
}

function referencesOf(tag: string, attrs: Record<string, string>, html: string, after: number): Omit<HtmlReference, 'line'>[] {
  const found: Omit<HtmlReference, 'line'>[] = [];
  if ((tag === 'a' || tag === 'area') && attrs.href !== undefined) found.push({ kind: 'link', url: attrs.href, text: linkText(html, after) });
  if (tag === 'img' && attrs.src !== undefined) found.push({ kind: 'image', url: attrs.src, text: attrs.alt ?? '' });
  if (tag === 'link' && attrs.href !== undefined && CHECKED_LINK_RELS.test(attrs.rel ?? '')) found.push({ kind: 'asset', url: attrs.href, text: attrs.rel ?? '' });
  if (['script', 'iframe', 'video', 'audio', 'source', 'track', 'embed'].includes(tag) && attrs.src !== undefined) {
    found.push({ kind: tag === 'source' || tag === 'video' ? 'image' : 'asset', url: attrs.src, text: '' });
  }
  return found;
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1].toLowerCase();
    if (!(name in attributes)) attributes[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '').trim();
  }
  return attributes;
}

/** The text of a link: everything up to `</a>`, tags removed, white space collapsed. */
function linkText(html: string, from: number): string {
  const end = html.indexOf('</a', from);
  const inner = html.slice(from, end < 0 ? from : end);
  return decodeEntities(inner.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

/** Comments and the bodies of `<script>` and `<style>` hold no references; blanked, keeping line breaks. */
function blankOutUnscanned(html: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return html
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi, (_, open: string, _tag: string, body: string, close: string) => open + blank(body) + close);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
