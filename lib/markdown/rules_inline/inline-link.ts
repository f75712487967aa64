import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { rubyStrip } from '../kramdown/table-row.js';

interface Destination {
  url: string;
  title: string | null;
  /** Position after the closing `)`. */
  end: number;
}

function isRubySpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

function isQuote(code: number): boolean {
  return code === 0x22 || code === 0x27;
}

/** kramdown `LINK_INLINE_TITLE_RE` at `pos` (a quote): the shortest title whose quote is followed by `)`. */
function readTitle(src: string, pos: number, max: number): { title: string; end: number } | null {
  const quote = src[pos];
  for (let close = src.indexOf(quote, pos + 2); close >= 0 && close < max; close = src.indexOf(quote, close + 1)) {
    let after = close + 1;
    while (after < max && isRubySpace(src.charCodeAt(after))) after++;
    if (src.charCodeAt(after) === 0x29 && after < max) return { title: src.slice(pos + 1, close), end: after + 1 };
  }
  return null;
}

function withTitle(src: string, url: string, titleStart: number, max: number): Destination | null {
  let pos = titleStart;
  while (pos < max && isRubySpace(src.charCodeAt(pos))) pos++;
  if (!isQuote(src.charCodeAt(pos))) return null;
  const title = readTitle(src, pos, max);
  return title === null ? null : { url, title: title.title, end: title.end };
}

/** `(<url with spaces>)`, optionally followed by a title. */
function readAngleDestination(src: string, open: number, max: number): Destination | null {
  let close = open + 2;
  while (close < max && src[close] !== '>' && src[close] !== '\n') close++;
  if (close >= max || src[close] !== '>') return null;
  const url = src.slice(open + 2, close);
  if (src.charCodeAt(close + 1) === 0x29 && close + 1 < max) return { url, title: null, end: close + 2 };
  return withTitle(src, url, close + 1, max);
}

/**
 * kramdown's bare destination: up to the `)` that balances the parentheses, or up to
 * whitespace before a quote (then a title follows). Backslashes and spaces are kept (D38, D47).
 */
function readBareDestination(src: string, open: number, max: number): Destination | null {
  let depth = 0;
  for (let pos = open; pos < max; pos++) {
    const code = src.charCodeAt(pos);
    if (code === 0x28) depth++;
    else if (code === 0x29 && --depth === 0) return { url: rubyStrip(src.slice(open + 1, pos)), title: null, end: pos + 1 };
    else if (isRubySpace(code) && isQuote(src.charCodeAt(pos + 1))) {
      return withTitle(src, rubyStrip(src.slice(open + 1, pos)), pos + 1, max);
    }
  }
  return null;
}

function readDestination(src: string, open: number, max: number): Destination | null {
  if (src.charCodeAt(open + 1) === 0x3c) return readAngleDestination(src, open, max);
  return readBareDestination(src, open, max);
}

function linkAttributes(href: string, title: string | null, hrefName: string): Array<[string, string]> {
  const attrs: Array<[string, string]> = [[hrefName, href]];
  if (title !== null) attrs.push(['title', title]);
  return attrs;
}

function pushLink(state: StateInline, labelStart: number, labelEnd: number, destination: Destination): void {
  const max = state.posMax;
  state.pos = labelStart;
  state.posMax = labelEnd;
  const open = state.push('link_open', 'a', 1);
  open.attrs = linkAttributes(destination.url, destination.title, 'href');
  state.md.inline.tokenize(state);
  state.push('link_close', 'a', -1);
  state.posMax = max;
}

function pushImage(state: StateInline, labelStart: number, labelEnd: number, destination: Destination): void {
  const content = state.src.slice(labelStart, labelEnd);
  const children: Token[] = [];
  state.md.inline.parse(content, state.md, state.env, children);
  const image = state.push('image', 'img', 0);
  image.attrs = [['src', destination.url], ['alt', '']];
  if (destination.title !== null) image.attrs.push(['title', destination.title]);
  image.children = children;
  image.content = content;
}

/**
 * kramdown inline links and images `[text](url "title")` (link.rb): the URL and title
 * are taken as written. Reference links are left to markdown-it's rules.
 */
export function kramdownInlineLink(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  const isImage = state.src.charCodeAt(start) === 0x21;
  const bracket = isImage ? start + 1 : start;
  if (state.src.charCodeAt(bracket) !== 0x5b || state.src.charCodeAt(bracket + 1) === 0x5e) return false;
  const labelEnd = state.md.helpers.parseLinkLabel(state, bracket, !isImage);
  if (labelEnd < 0 || state.src.charCodeAt(labelEnd + 1) !== 0x28) return false;
  const destination = readDestination(state.src, labelEnd + 1, state.posMax);
  if (destination === null) return false;
  if (!silent) {
    if (isImage) pushImage(state, bracket + 1, labelEnd, destination);
    else pushLink(state, bracket + 1, labelEnd, destination);
  }
  state.pos = destination.end;
  return true;
}
