import { HTML4_ENTITIES } from './jemoji-entities.js';

/**
 * HTML read the way libxml2's HTML parser (through Nokogiri) reads a body: element and attribute names
 * lower-cased, character references decoded in text and attribute values, `/>` closing any element, and
 * the implied end tags well-formed pages need. Comments, doctypes and the bodies of script and style
 * elements are kept as written.
 */
export type HtmlNode = HtmlElement | HtmlText | HtmlRaw;

export interface HtmlElement {
  readonly kind: 'element';
  readonly name: string;
  readonly attrs: HtmlAttr[];
  readonly children: HtmlNode[];
}

export interface HtmlAttr {
  readonly name: string;
  /** null for an attribute written without `=`. */
  readonly value: string | null;
}

/** Text with its character references decoded. */
export interface HtmlText {
  readonly kind: 'text';
  readonly text: string;
}

/** Written back as read: a comment or declaration, or (`script: true`) the text of a script or style element. */
export interface HtmlRaw {
  readonly kind: 'raw';
  readonly html: string;
  readonly script: boolean;
}

/** Elements libxml2 knows to have no content and no end tag. */
export const VOID_ELEMENTS = new Set(['area', 'base', 'basefont', 'br', 'col', 'frame', 'hr', 'img', 'input', 'isindex', 'link', 'meta', 'param']);

const RAW_TEXT_ELEMENTS = new Set(['script', 'style']);
const DOCUMENT_ELEMENTS = new Set(['html', 'head', 'body']);
const P_CLOSERS = ['p', 'div', 'ul', 'ol', 'dl', 'table', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'form', 'fieldset', 'address', 'center', 'dir', 'menu', 'noscript'];

/** Open elements a start tag closes first (libxml2's htmlAutoClose, for the cases real pages hit). */
const CLOSED_BY: Readonly<Record<string, readonly string[]>> = {
  p: P_CLOSERS,
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  td: ['td', 'th', 'tr', 'tbody', 'thead', 'tfoot'],
  th: ['td', 'th', 'tr', 'tbody', 'thead', 'tfoot'],
  tr: ['tr', 'tbody', 'thead', 'tfoot'],
  thead: ['tbody', 'tfoot'],
  tbody: ['tbody', 'tfoot'],
  tfoot: ['tbody'],
  option: ['option'],
};

const START_TAG = /^<([A-Za-z][^\s/>]*)/;
const END_TAG = /^<\/([A-Za-z][^\s/>]*)[^>]*>/;
const ATTRIBUTE = /^\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/;

export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { kind: 'element', name: '#fragment', attrs: [], children: [] };
  const open: HtmlElement[] = [root];
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) {
      addText(open, html.slice(at));
      break;
    }
    if (lt > at) addText(open, html.slice(at, lt));
    at = readMarkup(html, lt, open);
  }
  return root.children;
}

/** Reads the markup at `lt` (a `<`) into the open elements; returns where reading goes on. */
function readMarkup(html: string, lt: number, open: HtmlElement[]): number {
  const rest = html.slice(lt, lt + 4);
  if (rest === '<!--') {
    const end = html.indexOf('-->', lt + 4);
    const stop = end < 0 ? html.length : end + 3;
    return addRaw(open, html.slice(lt, stop), false, stop);
  }
  if (/^<!doctype/i.test(html.slice(lt, lt + 9))) return skipPast(html, lt);
  if (rest.startsWith('<!') || rest.startsWith('<?')) {
    const end = html.indexOf('>', lt);
    const stop = end < 0 ? html.length : end + 1;
    return addRaw(open, html.slice(lt, stop), false, stop);
  }
  const tail = html.slice(lt);
  const endTag = END_TAG.exec(tail);
  if (endTag) {
    closeElement(open, endTag[1].toLowerCase());
    return lt + endTag[0].length;
  }
  const start = START_TAG.exec(tail);
  if (start && DOCUMENT_ELEMENTS.has(start[1].toLowerCase())) return skipPast(html, lt);
  return readStartTag(html, lt, open) ?? (addText(open, '<'), lt + 1);
}

/** A fragment has no doctype, html, head or body tags: libxml2 drops them and keeps what they hold. */
function skipPast(html: string, lt: number): number {
  const end = html.indexOf('>', lt);
  return end < 0 ? html.length : end + 1;
}

function readStartTag(html: string, lt: number, open: HtmlElement[]): number | null {
  const start = START_TAG.exec(html.slice(lt));
  if (!start) return null;
  let at = lt + start[0].length;
  const attrs: HtmlAttr[] = [];
  for (;;) {
    const rest = html.slice(at);
    const close = /^\s*(\/?)>/.exec(rest);
    if (close) return openElement(html, open, start[1].toLowerCase(), attrs, close[1] === '/', at + close[0].length);
    const attr = ATTRIBUTE.exec(rest);
    if (!attr) {
      if (!/^\s*\//.test(rest)) return null;
      at += /^\s*\//.exec(rest)![0].length;
      continue;
    }
    const name = attr[1].toLowerCase();
    const raw = attr[2] ?? attr[3] ?? attr[4];
    if (!attrs.some((a) => a.name === name)) attrs.push({ name, value: raw === undefined ? null : decodeReferences(raw) });
    at += attr[0].length;
  }
}

function openElement(html: string, open: HtmlElement[], name: string, attrs: HtmlAttr[], selfClosed: boolean, after: number): number {
  while (open.length > 1 && CLOSED_BY[open[open.length - 1].name]?.includes(name)) open.pop();
  const element: HtmlElement = { kind: 'element', name, attrs, children: [] };
  open[open.length - 1].children.push(element);
  if (VOID_ELEMENTS.has(name) || selfClosed) return after;
  if (!RAW_TEXT_ELEMENTS.has(name)) {
    open.push(element);
    return after;
  }
  const end = html.toLowerCase().indexOf(`</${name}`, after);
  const stop = end < 0 ? html.length : end;
  if (stop > after) element.children.push({ kind: 'raw', html: html.slice(after, stop), script: true });
  const close = end < 0 ? null : /^<\/[^>]*>/.exec(html.slice(end));
  return close ? stop + close[0].length : stop;
}

function closeElement(open: HtmlElement[], name: string): void {
  if (DOCUMENT_ELEMENTS.has(name)) return;
  const index = open.map((e) => e.name).lastIndexOf(name);
  if (index > 0) open.length = index;
}

function addText(open: HtmlElement[], text: string): void {
  const children = open[open.length - 1].children;
  const decoded = decodeReferences(text);
  const last = children[children.length - 1];
  if (last?.kind === 'text') children[children.length - 1] = { kind: 'text', text: last.text + decoded };
  else children.push({ kind: 'text', text: decoded });
}

function addRaw(open: HtmlElement[], html: string, script: boolean, stop: number): number {
  open[open.length - 1].children.push({ kind: 'raw', html, script });
  return stop;
}

/** Character references as libxml2 decodes them: HTML 4 names and numbers, each ended by `;`. */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#[xX]([0-9a-fA-F]+)|#([0-9]+)|([A-Za-z][A-Za-z0-9]*));/g, (whole, hex?: string, dec?: string, name?: string) => {
    if (name !== undefined) return HTML4_ENTITIES.get(name) ?? whole;
    const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
