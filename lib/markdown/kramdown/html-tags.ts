import { HTML_RAW_TEXT_ELEMENTS, HTML_VOID_ELEMENTS } from './html-elements.js';

export interface ParsedTag {
  name: string;
  closing: boolean;
  attrs: Array<[string, string | null]>;
  /** Length of the tag in the source. */
  length: number;
}

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Parses the tag at `pos` (which must be `<`), or null when there is none. */
export function parseTag(text: string, pos: number): ParsedTag | null {
  const pattern = new RegExp(TAG);
  pattern.lastIndex = pos;
  const match = pattern.exec(text);
  if (!match) return null;
  const attrs: Array<[string, string | null]> = [];
  for (const attribute of match[3].matchAll(ATTRIBUTE)) {
    attrs.push([attribute[1].toLowerCase(), attribute[2] ?? attribute[3] ?? attribute[4] ?? null]);
  }
  return { name: match[2].toLowerCase(), closing: match[1] === '/', attrs, length: match[0].length };
}

/** kramdown's re-serialisation of a tag: quoted values, `name=""` booleans, ` />` voids, no `markdown`. */
export function serialiseTag(tag: ParsedTag): string {
  if (tag.closing) return `</${tag.name}>`;
  let html = `<${tag.name}`;
  for (const [name, value] of tag.attrs) {
    if (name === 'markdown') continue;
    html += ` ${name}="${(value ?? '').replace(/"/g, '&quot;')}"`;
  }
  return html + (HTML_VOID_ELEMENTS.has(tag.name) ? ' />' : '>');
}

/** Re-serialises every tag in raw HTML, leaving comments and raw-text element content alone. */
export function normaliseTags(html: string): string {
  let out = '';
  let pos = 0;
  let rawTextUntil: string | null = null;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) break;
    out += html.slice(pos, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      const stop = end < 0 ? html.length : end + 3;
      out += html.slice(lt, stop);
      pos = stop;
      continue;
    }
    const tag = parseTag(html, lt);
    const keepRaw = tag === null || (rawTextUntil !== null && !(tag.closing && tag.name === rawTextUntil));
    if (keepRaw) {
      out += '<';
      pos = lt + 1;
      continue;
    }
    out += serialiseTag(tag);
    pos = lt + tag.length;
    if (tag.closing) rawTextUntil = null;
    else if (HTML_RAW_TEXT_ELEMENTS.has(tag.name)) rawTextUntil = tag.name;
  }
  return out + html.slice(pos);
}
