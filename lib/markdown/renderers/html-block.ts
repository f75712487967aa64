import type Token from 'markdown-it/lib/token.mjs';
import { mergeAttribute } from '../kramdown/attribute-list.js';
import { serialiseTag, type ParsedTag } from '../kramdown/html-tags.js';

/** The start tag with a block IAL's attributes merged in (classes appended, others replaced). */
function tagWithAttributes(tag: ParsedTag, extra: ReadonlyArray<[string, string]>): ParsedTag {
  const attrs: Array<[string, string]> = tag.attrs.map(([name, value]) => [name, value ?? '']);
  for (const [name, value] of extra) mergeAttribute(attrs, name, value);
  return { ...tag, attrs };
}

/** Block HTML; an element that received a block IAL gets the attributes on its start tag, as in kramdown. */
export function renderHtmlBlock(tokens: Token[], idx: number): string {
  const token = tokens[idx];
  const tag: ParsedTag | undefined = token.meta?.kdHtmlTag;
  if (!token.attrs || tag === undefined) return token.content;
  const original = serialiseTag(tag);
  const at = token.content.indexOf(original);
  if (at < 0) return token.content;
  const replaced = serialiseTag(tagWithAttributes(tag, token.attrs));
  return token.content.slice(0, at) + replaced + token.content.slice(at + original.length);
}
