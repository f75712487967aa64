import { escapeAttribute } from '../html-escape.js';

export type AttributeList = Array<[string, string]>;

/** ` key="value"` pairs as kramdown's `html_attributes` writes them (empty ids are dropped). */
export function renderAttributes(attrs: readonly (readonly [string, string])[] | null): string {
  if (!attrs) return '';
  let html = '';
  for (const [name, value] of attrs) {
    if (name === 'id' && value.trim() === '') continue;
    html += ` ${name}="${escapeAttribute(value)}"`;
  }
  return html;
}

export function getAttribute(attrs: readonly (readonly [string, string])[] | null, name: string): string | undefined {
  return attrs?.find(([key]) => key === name)?.[1];
}

/** Sets an attribute in place, keeping its position when it exists. */
export function setAttribute(attrs: AttributeList, name: string, value: string): void {
  const existing = attrs.find(([key]) => key === name);
  if (existing) existing[1] = value;
  else attrs.push([name, value]);
}

export function removeAttribute(attrs: AttributeList, name: string): void {
  const index = attrs.findIndex(([key]) => key === name);
  if (index >= 0) attrs.splice(index, 1);
}
