import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { rubyStrip } from '../kramdown/table-row.js';
import { indexedScanner, linkScanner, type LinkScanner } from '../kramdown/link-scan-index.js';

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

type IndexedState = StateInline & { kdLinkScanner?: LinkScanner };

/** Plain scans near the end of the source; over a long paragraph, tables built once per inline source. */
function scanner(state: StateInline, from: number): LinkScanner {
  return linkScanner(state.src, from, () => {
    const indexed = state as IndexedState;
    if (indexed.kdLinkScanner === undefined) indexed.kdLinkScanner = indexedScanner(state.src);
    return indexed.kdLinkScanner;
  });
}

/** kramdown `LINK_INLINE_TITLE_RE` at `pos` (a quote): the shortest title whose quote is followed by `)`. */
function readTitle(state: StateInline, pos: number): { title: string; end: number } | null {
  const src = state.src;
  const close = scanner(state, pos).titleEnd(pos + 2, src.charCodeAt(pos));
  if (close < 0) return null;
  let paren = close + 1;
  while (isRubySpace(src.charCodeAt(paren))) paren++;
  return paren < state.posMax ? { title: src.slice(pos + 1, close), end: paren + 1 } : null;
}

function withTitle(state: StateInline, url: string, titleStart: number): Destination | null {
  let pos = titleStart;
  while (pos < state.posMax && isRubySpace(state.src.charCodeAt(pos))) pos++;
  if (!isQuote(state.src.charCodeAt(pos))) return null;
  const title = readTitle(state, pos);
  return title === null ? null : { url, title: title.title, end: title.end };
}

/** `(<url with spaces>)`, optionally followed by a title. */
function readAngleDestination(state: StateInline, open: number): Destination | null {
  const src = state.src;
  const close = scanner(state, open).angleEnd(open + 2);
  if (close < 0 || close >= state.posMax || src.charCodeAt(close) !== 0x3e) return null;
  const url = src.slice(open + 2, close);
  if (src.charCodeAt(close + 1) === 0x29 && close + 1 < state.posMax) return { url, title: null, end: close + 2 };
  return withTitle(state, url, close + 1);
}

/**
 * kramdown's bare destination: up to the `)` that balances the parentheses, or up to
 * whitespace before a quote (then a title follows). Backslashes and spaces are kept (D38, D47).
 */
function readBareDestination(state: StateInline, open: number): Destination | null {
  const scan = scanner(state, open);
  const max = state.posMax;
  const close = scan.closingParen(open);
  const closes = close >= 0 && close < max;
  // A title counts only when its space comes before the `)` that would end the link.
  const space = scan.spaceBeforeQuote(open, closes ? close : max);
  const titled = space >= 0;
  if (closes && !titled) {
    return { url: rubyStrip(state.src.slice(open + 1, close)), title: null, end: close + 1 };
  }
  return titled ? withTitle(state, rubyStrip(state.src.slice(open + 1, space)), space + 1) : null;
}

function readDestination(state: StateInline, open: number): Destination | null {
  if (state.src.charCodeAt(open + 1) === 0x3c) return readAngleDestination(state, open);
  return readBareDestination(state, open);
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
  const destination = readDestination(state, labelEnd + 1);
  if (destination === null) return false;
  if (!silent) {
    if (isImage) pushImage(state, bracket + 1, labelEnd, destination);
    else pushLink(state, bracket + 1, labelEnd, destination);
  }
  state.pos = destination.end;
  return true;
}
