import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { HTML_SPAN_ELEMENTS, HTML_VOID_ELEMENTS, contentModel } from '../kramdown/html-elements.js';
import { startsLazyEndHtml } from '../kramdown/lazy-end.js';
import { readRawElement } from '../kramdown/raw-html.js';
import { normaliseTags, parseTag, serialiseTag, type ParsedTag } from '../kramdown/html-tags.js';

/** Elements whose content kramdown takes as it is up to their end tag (`handle_raw_html_tag`). */
const RAW_TEXT_BLOCKS: ReadonlySet<string> = new Set(['script', 'style']);

interface ElementEnd {
  /** Line holding the end tag (or the last line when the element auto-closes). */
  line: number;
  /** Offset of the end tag within that line's text, -1 when auto-closed. */
  tagStart: number;
  tagEnd: number;
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
}

/**
 * Whether a line can hold the element's tags. In parsed (`markdown="1"`) content kramdown meets
 * tags only where a block starts, so a line of text (`` a `<details>` tag ``) is skipped unless
 * a comment runs on into it; raw content is scanned in full.
 */
function mayHoldTags(state: StateBlock, line: number, text: string, parsed: boolean, inComment: boolean): boolean {
  if (!parsed || inComment) return true;
  return text.charCodeAt(0) === 0x3c && state.sCount[line] - state.blkIndent < 4;
}

/** Finds the matching end tag, counting nested elements of the same name and skipping comments. */
function findElementEnd(state: StateBlock, startLine: number, endLine: number, name: string, from: number, parsed: boolean): ElementEnd {
  let depth = 1;
  let inComment = false;
  for (let line = startLine; line < endLine; line++) {
    const text = lineText(state, line);
    if (line !== startLine && !mayHoldTags(state, line, text, parsed, inComment)) continue;
    let pos = line === startLine ? from : 0;
    while (pos < text.length) {
      if (inComment) {
        const close = text.indexOf('-->', pos);
        if (close < 0) break;
        inComment = false;
        pos = close + 3;
        continue;
      }
      const lt = text.indexOf('<', pos);
      if (lt < 0) break;
      if (text.startsWith('<!--', lt)) {
        inComment = true;
        pos = lt + 4;
        continue;
      }
      const tag = parseTag(text, lt);
      pos = lt + (tag?.length ?? 1);
      if (tag === null || tag.name !== name) continue;
      depth += tag.closing ? -1 : 1;
      if (depth === 0) return { line, tagStart: lt, tagEnd: lt + tag.length };
    }
  }
  return { line: endLine - 1, tagStart: -1, tagEnd: -1 };
}

function findCommentEnd(state: StateBlock, startLine: number, endLine: number, from: number): number {
  for (let line = startLine; line < endLine; line++) {
    if (lineText(state, line).indexOf('-->', line === startLine ? from : 0) >= 0) return line;
  }
  return endLine - 1;
}

/** `tag` is the element's start tag, kept so that a block IAL can add attributes to it. */
function pushRaw(state: StateBlock, startLine: number, lastLine: number, tag: ParsedTag | null): void {
  const token = state.push('html_block', '', 0);
  token.map = [startLine, lastLine + 1];
  const content = state.getLines(startLine, lastLine + 1, state.blkIndent, true);
  token.content = tag === null ? content : normaliseTags(content);
  if (tag !== null) token.meta = { kdHtmlTag: tag };
  state.line = lastLine + 1;
}

/**
 * An element whose content is not Markdown, written as kramdown writes it again. Its lines are read a few at a time
 * (more only when the element did not end in them), so that a page of many such blocks is not read to its end for each.
 */
function pushRawElement(state: StateBlock, startLine: number, endLine: number, tag: ParsedTag): void {
  for (let lines = 8; ; lines *= 4) {
    const last = Math.min(endLine, startLine + lines);
    const source = state.getLines(startLine, last, state.blkIndent, true);
    const element = readRawElement(source, tag, source.indexOf('<'));
    if (!element.settled && last < endLine) continue;
    const lineEnd = source.indexOf('\n', element.end);
    const lastLine = startLine + countNewlines(source, element.end - 1);
    const rest = source.slice(element.end, lineEnd < 0 ? source.length : lineEnd);
    const token = state.push('html_block', '', 0);
    token.map = [startLine, lastLine + 1];
    token.content = `${element.html}${rest}\n`;
    // kramdown leaves the line break after `</script>` or `</style>` to the blank-line parser: a blank element.
    token.meta = RAW_TEXT_BLOCKS.has(tag.name) ? { kdHtmlTag: tag, kdBlankAfter: true } : { kdHtmlTag: tag };
    state.line = lastLine + 1;
    return;
  }
}

function countNewlines(text: string, before: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < before; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function pushHtml(state: StateBlock, html: string, map: [number, number]): Token {
  const token = state.push('html_block', '', 0);
  token.content = html;
  token.map = map;
  return token;
}

/** The end tag stands for its element: a block IAL below it applies to the start tag's token. */
function pushClosing(state: StateBlock, opening: Token, tagName: string, map: [number, number]): void {
  pushHtml(state, `</${tagName}>\n`, map).meta = { kdHtmlOpening: opening };
}

/** Blocks parsed inside an element: their lines as in the page, and nested one level deeper than the element. */
function markInsideHtml(tokens: Token[], from: number, lineOffset: number, level: number): void {
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i];
    token.level += level;
    if (token.map) token.map = [token.map[0] + lineOffset, token.map[1] + lineOffset];
    if (token.type === 'heading_open') token.meta = { ...(token.meta ?? {}), insideHtml: true };
  }
}

/** Text of the element's content between the opening tag and the end tag. */
function innerContent(state: StateBlock, startLine: number, openEnd: number, end: ElementEnd): string {
  const first = lineText(state, startLine);
  if (end.line === startLine) return first.slice(openEnd, end.tagStart < 0 ? first.length : end.tagStart);
  const head = first.slice(openEnd);
  const middle = end.line > startLine + 1 ? state.getLines(startLine + 1, end.line, state.blkIndent, true) : '';
  const last = lineText(state, end.line);
  const tail = end.tagStart < 0 ? last + '\n' : last.slice(0, end.tagStart);
  return (head.trim() === '' ? '' : head + '\n') + middle + tail;
}

function pushParsedElement(state: StateBlock, startLine: number, tag: ParsedTag, end: ElementEnd, model: 'block' | 'span'): void {
  const content = innerContent(state, startLine, tag.length, end);
  const map: [number, number] = [startLine, end.line + 1];
  const opening = pushHtml(state, serialiseTag(tag) + (model === 'span' ? '' : '\n'), map);
  opening.meta = { kdHtmlTag: tag };
  if (model === 'span') {
    const inline = state.push('inline', '', 0);
    inline.content = content.trim();
    inline.map = map;
    inline.children = [];
  } else {
    const from = state.tokens.length;
    const head = lineText(state, startLine).slice(tag.length);
    state.md.block.parse(content, state.md, state.env, state.tokens);
    markInsideHtml(state.tokens, from, startLine + (head.trim() === '' ? 1 : 0), state.level + 1);
  }
  pushClosing(state, opening, tag.name, map);
  state.line = end.line + 1;
}

/** A start tag of an element that is not a span element. */
function opensBlockElement(tag: ParsedTag | null): tag is ParsedTag {
  return tag !== null && !tag.closing && !HTML_SPAN_ELEMENTS.has(tag.name);
}

/**
 * kramdown block HTML (D15–D18): a line starting with a non-span tag opens an element
 * that runs to its matching end tag; `markdown="1"` parses its content. Only a block
 * start tag ends the paragraph above (silent mode); a comment, a span tag or what only looks like a tag
 * (`<https://…>`: kramdown ends the paragraph, fails to read a tag and joins the line to it again) continues it,
 * and after a stray end tag kramdown joins the next paragraph to it again.
 */
export function kramdownHtmlBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (!state.md.options.html || state.sCount[startLine] - state.blkIndent >= 4) return false;
  const text = lineText(state, startLine);
  if (text.charCodeAt(0) !== 0x3c) return false;
  if (silent) return text.charCodeAt(1) !== 0x2f && startsLazyEndHtml(text) && opensBlockElement(parseTag(text, 0));
  if (text.startsWith('<!--')) {
    pushRaw(state, startLine, findCommentEnd(state, startLine, endLine, 4), null);
    return true;
  }
  const tag = parseTag(text, 0);
  if (!opensBlockElement(tag)) return false;
  if (HTML_VOID_ELEMENTS.has(tag.name) || text.slice(0, tag.length).endsWith('/>')) {
    pushRaw(state, startLine, startLine, tag);
    return true;
  }
  const markdown = tag.attrs.find(([name]) => name === 'markdown');
  const model = contentModel(tag.name, markdown ? (markdown[1] ?? '') : undefined);
  if (model === 'raw') {
    pushRawElement(state, startLine, endLine, tag);
    return true;
  }
  pushParsedElement(state, startLine, tag, findElementEnd(state, startLine, endLine, tag.name, tag.length, true), model);
  return true;
}
