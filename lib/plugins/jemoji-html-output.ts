import { VOID_ELEMENTS, type HtmlAttr, type HtmlElement, type HtmlNode } from './jemoji-html-tree.js';

/**
 * HTML written back the way Nokogiri's `to_html` writes a fragment (libxml2's HTML serializer with
 * formatting on): void elements without `/`, boolean attributes minimized, URL attributes %-escaped,
 * and a line break around the children of a block element that holds more than one node and starts
 * or ends with an element (not inside elements named p…, nor between the fragment's own top nodes).
 */
export function writeHtml(nodes: readonly HtmlNode[]): string {
  const out: string[] = [];
  for (const node of nodes) writeNode(node, out);
  return out.join('');
}

/** The elements libxml2's HTML 4 table calls blocks: the only ones it serializes with line breaks between children. */
const BLOCK = new Set(
  'address area base blockquote body caption center col colgroup dd dir div dl dt fieldset form frame frameset h1 h2 h3 h4 h5 h6 head hr html isindex legend li link menu meta noframes noscript ol optgroup option p param pre style table tbody td tfoot th thead title tr ul'.split(' '),
);
const BOOLEAN_ATTRIBUTES = new Set(['checked', 'compact', 'declare', 'defer', 'disabled', 'ismap', 'multiple', 'nohref', 'noresize', 'noshade', 'nowrap', 'readonly', 'selected']);

function writeNode(node: HtmlNode, out: string[]): void {
  if (node.kind === 'text') out.push(escapeText(node.text));
  else if (node.kind === 'raw') out.push(node.html);
  else writeElement(node, out);
}

function writeElement(element: HtmlElement, out: string[]): void {
  out.push(`<${element.name}${element.attrs.map((attr) => writeAttribute(element, attr)).join('')}>`);
  if (VOID_ELEMENTS.has(element.name)) return;
  const { children } = element;
  const breaks = BLOCK.has(element.name) && children.length > 1 && element.name[0] !== 'p';
  if (breaks && !isText(children[0])) out.push('\n');
  children.forEach((child, i) => {
    writeNode(child, out);
    const next = children[i + 1];
    if (child.kind === 'element' && BLOCK.has(child.name) && next && !isText(next) && element.name[0] !== 'p') out.push('\n');
  });
  if (breaks && !isText(children[children.length - 1])) out.push('\n');
  out.push(`</${element.name}>`);
}

function isText(node: HtmlNode): boolean {
  return node.kind === 'text' || (node.kind === 'raw' && node.script);
}

function writeAttribute(element: HtmlElement, attr: HtmlAttr): string {
  if (attr.value === null || BOOLEAN_ATTRIBUTES.has(attr.name)) return ` ${attr.name}`;
  const isUrl = ['href', 'action', 'src'].includes(attr.name) || (attr.name === 'name' && element.name === 'a');
  const value = isUrl ? escapeUrl(attr.value.replace(/^[ \t\n\r]+/, '')) : attr.value;
  const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (!escaped.includes('"')) return ` ${attr.name}="${escaped}"`;
  if (!escaped.includes("'")) return ` ${attr.name}='${escaped}'`;
  return ` ${attr.name}="${escaped.replace(/"/g, '&quot;')}"`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** libxml2's xmlURIEscapeStr with the characters its HTML serializer leaves in URLs. */
function escapeUrl(url: string): string {
  let out = '';
  for (const byte of Buffer.from(url, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.!~*'()@/:=?;#%&,+]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
