import { escapeHtmlKeepingReferences } from '../html-escape.js';
import { HTML_VOID_ELEMENTS } from './html-elements.js';
import { attributesHtml, isNameStart, parseTag, type ParsedTag } from './html-tags.js';

/** A block HTML element whose content kramdown does not parse as Markdown, as it reads and writes it again. */
export interface RawElement {
  /** The element written again: text and attribute values escaped, stray end tags as text, missing end tags added. */
  readonly html: string;
  /** Offset just after the element's end tag, or the text's length when kramdown had to close it itself. */
  readonly end: number;
  /** False when something was looked for up to the end of the text (an end tag, `-->`): more text could change it. */
  readonly settled: boolean;
}

/** Elements whose content runs to their end tag as it is (kramdown's `handle_raw_html_tag`). */
const RAW_TEXT = new Set(['script', 'style']);

interface Reading {
  readonly text: string;
  settled: boolean;
}

/**
 * kramdown's `parse_raw_html` and its HTML converter: the element starting with `tag` at `at` in `text` is read
 * as nested elements, comments and text, each end tag closing the innermost element only if it names it, and is
 * written back with the text's `& < >` and the attribute values escaped (references kept), tags kramdown knows in
 * lower case, `<x />` for closed and void elements, and end tags for elements left open where the text ends.
 */
export function readRawElement(text: string, tag: ParsedTag, at: number): RawElement {
  const reading: Reading = { text, settled: true };
  const element = readElement(reading, tag, at);
  return { html: element.html, end: element.end, settled: reading.settled };
}

interface Read {
  readonly html: string;
  readonly end: number;
}

function readElement(reading: Reading, tag: ParsedTag, at: number): Read {
  const { text } = reading;
  const open = `<${tag.name}${attributesHtml(tag)}`;
  const afterTag = at + tag.length;
  if (RAW_TEXT.has(tag.name)) return readRawText(reading, tag.name, open, afterTag);
  if (text.charCodeAt(afterTag - 2) === 0x2f || HTML_VOID_ELEMENTS.has(tag.name)) return { html: `${open} />`, end: afterTag };
  const content = readContent(reading, tag.name, afterTag);
  return { html: content.html === '' ? `${open}></${tag.name}>` : `${open}>${content.html}</${tag.name}>`, end: content.end };
}

function readRawText(reading: Reading, name: string, open: string, from: number): Read {
  const endTag = new RegExp(`</${name}\\s*>`, 'gi');
  endTag.lastIndex = from;
  const found = endTag.exec(reading.text);
  if (found === null) reading.settled = false;
  const content = reading.text.slice(from, found === null ? reading.text.length : found.index);
  return { html: content === '' ? `${open}></${name}>` : `${open}>${content}</${name}>`, end: found === null ? reading.text.length : endTag.lastIndex };
}

/** The content up to the end tag of `name`; text before each `<` that may start markup is escaped. */
function readContent(reading: Reading, name: string, from: number): Read {
  const { text } = reading;
  let html = '';
  let pos = from;
  for (;;) {
    const lt = nextMarkupStart(text, pos);
    if (lt < 0) {
      reading.settled = false;
      return { html: html + escapeHtmlKeepingReferences(text.slice(pos)), end: text.length };
    }
    html += escapeHtmlKeepingReferences(text.slice(pos, lt));
    const delimited = text.startsWith('<!--', lt) ? '-->' : text.startsWith('<?', lt) ? '?>' : null;
    if (delimited !== null) {
      const close = text.indexOf(delimited, lt + 2);
      if (close < 0) reading.settled = false;
      html += close < 0 ? '&lt;' : text.slice(lt, close + delimited.length);
      pos = close < 0 ? lt + 1 : close + delimited.length;
      continue;
    }
    const tag = parseTag(text, lt);
    if (tag === null) {
      html += '&lt;';
      pos = lt + 1;
    } else if (!tag.closing) {
      const child = readElement(reading, tag, lt);
      html += child.html;
      pos = child.end;
    } else if (tag.name === name) {
      return { html, end: lt + tag.length };
    } else {
      html += escapeHtmlKeepingReferences(text.slice(lt, lt + tag.length));
      pos = lt + tag.length;
    }
  }
}

/** kramdown's `HTML_RAW_START`: `<` before a name, `/`, `!--` or `?`. */
function nextMarkupStart(text: string, from: number): number {
  let lt = text.indexOf('<', from);
  while (lt >= 0) {
    const next = text.charCodeAt(lt + 1);
    if (isNameStart(next) || next === 0x2f || next === 0x3f || text.startsWith('!--', lt + 1)) return lt;
    lt = text.indexOf('<', lt + 1);
  }
  return -1;
}
