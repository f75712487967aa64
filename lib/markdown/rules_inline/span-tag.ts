import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import { escapeRegExp } from '../../util/escape-regexp.js';
import { HTML_BLOCK_CONTENT, HTML_KNOWN_ELEMENTS, HTML_SPAN_CONTENT, HTML_VOID_ELEMENTS } from '../kramdown/html-elements.js';
import { parseTag, type ParsedTag } from '../kramdown/html-tags.js';

/**
 * kramdown span HTML tags (`parse_span_html`), names as REXML reads them (`<path_regexp>`, `<my.tag>`). The
 * content of an element kramdown does not parse (`code`, `kbd`, `mark`, `u`, any name it does not know, …) is
 * text up to the element's end tag: no emphasis, smart quotes or links in it, only tags. Comments are left to
 * markdown-it's rule; whether a tag is kept is decided once the paragraph is read (the span-html core rule).
 */
export function kramdownSpanTag(state: StateInline, silent: boolean): boolean {
  if (!state.md.options.html || state.src.charCodeAt(state.pos) !== 0x3c) return false;
  const tag = parseTag(state.src, state.pos);
  if (tag === null || state.pos + tag.length > state.posMax) return false;
  const start = state.pos;
  pushTag(state, start, tag, silent);
  if (!tag.closing && !closesItself(state.src, start, tag) && !parsesContent(tag.name)) readUnparsedContent(state, tag, silent);
  return true;
}

/** Only comments, processing instructions and declarations for markdown-it's `html_inline` rule. */
export function onlySpecialHtml(htmlInline: (state: StateInline, silent: boolean) => boolean) {
  return (state: StateInline, silent: boolean): boolean => {
    const next = state.src.charCodeAt(state.pos + 1);
    return (next === 0x21 || next === 0x3f) && htmlInline(state, silent);
  };
}

function parsesContent(name: string): boolean {
  return HTML_BLOCK_CONTENT.has(name) || HTML_SPAN_CONTENT.has(name);
}

function closesItself(src: string, start: number, tag: ParsedTag): boolean {
  return HTML_VOID_ELEMENTS.has(tag.name) || src.charCodeAt(start + tag.length - 2) === 0x2f;
}

function pushTag(state: StateInline, start: number, tag: ParsedTag, silent: boolean): void {
  if (!silent) state.push('html_inline', '', 0).content = state.src.slice(start, start + tag.length);
  state.pos = start + tag.length;
}

/** Text and tags up to the element's end tag, or to the end of the paragraph (where the element is closed). */
function readUnparsedContent(state: StateInline, element: ParsedTag, silent: boolean): void {
  const src = state.src;
  const endTag = new RegExp(`</${escapeRegExp(element.name)}\\s*>`, HTML_KNOWN_ELEMENTS.has(element.name) ? 'iy' : 'y');
  let textStart = state.pos;
  const flushText = (end: number): void => {
    if (!silent && end > textStart) state.push('kd_raw_text', '', 0).content = src.slice(textStart, end);
  };
  for (let lt = src.indexOf('<', state.pos); lt >= 0 && lt < state.posMax; lt = src.indexOf('<', lt + 1)) {
    if (lt < state.pos) continue;
    endTag.lastIndex = lt;
    if (endTag.test(src) && endTag.lastIndex <= state.posMax) {
      flushText(lt);
      if (!silent) state.push('html_inline', '', 0).content = src.slice(lt, endTag.lastIndex);
      state.pos = endTag.lastIndex;
      return;
    }
    const inner = parseTag(src, lt);
    if (inner === null || inner.closing || lt + inner.length > state.posMax) continue;
    flushText(lt);
    pushTag(state, lt, inner, silent);
    if (!closesItself(src, lt, inner)) readUnparsedContent(state, inner, silent);
    textStart = state.pos;
  }
  flushText(state.posMax);
  state.pos = state.posMax;
}
