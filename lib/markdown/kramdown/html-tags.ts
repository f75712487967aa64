import { escapeAttributeKeepingReferences } from '../html-escape.js';
import { HTML_KNOWN_ELEMENTS, HTML_RAW_TEXT_ELEMENTS, HTML_VOID_ELEMENTS } from './html-elements.js';

export interface ParsedTag {
  name: string;
  closing: boolean;
  attrs: Array<[string, string | null]>;
  /** Length of the tag in the source. */
  length: number;
}

function isLetter(ch: number): boolean {
  return (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
}

/** REXML's `NCNAME_STR`, which kramdown's tag patterns use: a letter or `_`, then letters, digits, `-`, `.`, `_`. */
export function isNameStart(ch: number): boolean {
  return isLetter(ch) || ch === 0x5f;
}

function isNameChar(ch: number): boolean {
  return isNameStart(ch) || (ch >= 0x30 && ch <= 0x39) || ch === 0x2d || ch === 0x2e || ch === 0x3a;
}

function isWhitespace(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d || ch === 0x0c;
}

function isAttributeNameChar(ch: number): boolean {
  return !isWhitespace(ch) && ch !== 0x22 && ch !== 0x27 && ch !== 0x3e && ch !== 0x2f && ch !== 0x3d && !Number.isNaN(ch);
}

function skipWhitespace(text: string, pos: number): number {
  while (pos < text.length && isWhitespace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** Reads an attribute value at `pos`; returns [value, end] or null when malformed. */
function readValue(text: string, pos: number): [string, number] | null {
  const quote = text.charCodeAt(pos);
  if (quote === 0x22 || quote === 0x27) {
    const close = text.indexOf(text[pos], pos + 1);
    return close < 0 ? null : [text.slice(pos + 1, close), close + 1];
  }
  let end = pos;
  while (end < text.length && !isWhitespace(text.charCodeAt(end)) && !'"\'=<>`'.includes(text[end])) end++;
  return end === pos ? null : [text.slice(pos, end), end];
}

/** kramdown writes the name of an element it knows in lower case and any other name as written (`<String>`). */
function knownOrAsWritten(name: string): string {
  const lower = name.toLowerCase();
  return HTML_KNOWN_ELEMENTS.has(lower) ? lower : name;
}

/** Parses the tag at `pos` (which must be `<`), or null when there is none. */
export function parseTag(text: string, pos: number): ParsedTag | null {
  let i = pos + 1;
  const closing = text.charCodeAt(i) === 0x2f;
  if (closing) i++;
  if (!isNameStart(text.charCodeAt(i))) return null;
  const nameStart = i;
  while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
  const name = knownOrAsWritten(text.slice(nameStart, i));
  const attrs: Array<[string, string | null]> = [];
  for (;;) {
    const afterSpace = skipWhitespace(text, i);
    const ch = text.charCodeAt(afterSpace);
    if (ch === 0x3e) return { name, closing, attrs, length: afterSpace + 1 - pos };
    if (ch === 0x2f && text.charCodeAt(afterSpace + 1) === 0x3e) return { name, closing, attrs, length: afterSpace + 2 - pos };
    if (afterSpace === i || closing || !isAttributeNameChar(ch)) return null;
    let end = afterSpace;
    while (end < text.length && isAttributeNameChar(text.charCodeAt(end))) end++;
    const attributeName = HTML_KNOWN_ELEMENTS.has(name) ? text.slice(afterSpace, end).toLowerCase() : text.slice(afterSpace, end);
    const equals = skipWhitespace(text, end);
    if (text.charCodeAt(equals) !== 0x3d) {
      attrs.push([attributeName, null]);
      i = end;
      continue;
    }
    const value = readValue(text, skipWhitespace(text, equals + 1));
    if (value === null) return null;
    attrs.push([attributeName, value[0]]);
    i = value[1];
  }
}

/** kramdown's re-serialisation of a tag: quoted values, `name=""` booleans, ` />` voids, no `markdown`. */
export function serialiseTag(tag: ParsedTag): string {
  if (tag.closing) return `</${tag.name}>`;
  return `<${tag.name}${attributesHtml(tag)}` + (HTML_VOID_ELEMENTS.has(tag.name) ? ' />' : '>');
}

/** The attributes as kramdown writes them: each ` name="value"`, the value escaped, `markdown` left out. */
export function attributesHtml(tag: ParsedTag): string {
  let html = '';
  for (const [name, value] of tag.attrs) {
    if (name !== 'markdown') html += ` ${name}="${escapeAttributeKeepingReferences(value ?? '')}"`;
  }
  return html;
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
