import { HTML_SPAN_ELEMENTS } from './html-elements.js';

function isNameStart(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x3a;
}

function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

function isNameChar(code: number): boolean {
  return isWordChar(code) || code === 0x3a || code === 0x2d || code === 0x2e;
}

/** kramdown's `(?!(?:span|…|script)\b)`: the name's leading word is a span element or script. */
function isSpanOrScript(text: string, nameStart: number): boolean {
  let end = nameStart;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  const word = text.slice(nameStart, end);
  return word === 'script' || HTML_SPAN_ELEMENTS.has(word);
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

function nameEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
  return end;
}

/**
 * kramdown `LAZY_END_HTML_START` / `LAZY_END_HTML_STOP` at the start of `text`: a start
 * tag (`<name`, no need to be complete) or an end tag (`</name>`) of an element that is
 * neither a span element nor `script`. Such a line ends a paragraph; a comment does not.
 */
export function startsLazyEndHtml(text: string): boolean {
  if (text.charCodeAt(0) !== 0x3c) return false;
  const closing = text.charCodeAt(1) === 0x2f;
  const nameStart = closing ? 2 : 1;
  if (!isNameStart(text.charCodeAt(nameStart)) || isSpanOrScript(text, nameStart)) return false;
  if (!closing) return true;
  let pos = nameEnd(text, nameStart);
  while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
  return text.charCodeAt(pos) === 0x3e;
}
