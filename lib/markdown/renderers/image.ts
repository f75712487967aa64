import type Token from 'markdown-it/lib/token.mjs';
import { renderAttributes, setAttribute, type AttributeList } from './attributes.js';

const KRAMDOWN_ESCAPED_CHAR = /\\([\\.*_+`<>()[\]{}#!:|"'$=-])/g;

/** kramdown's image alt is the label as written, escapes removed, not its rendered text. */
export function renderImage(tokens: Token[], idx: number): string {
  const token = tokens[idx];
  const attrs: AttributeList = token.attrs ? token.attrs.map(([name, value]) => [name, value]) : [];
  setAttribute(attrs, 'alt', token.content.replace(KRAMDOWN_ESCAPED_CHAR, '$1'));
  return `<img${renderAttributes(attrs)} />`;
}
