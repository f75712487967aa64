import type Token from 'markdown-it/lib/token.mjs';
import type { KramdownSettings } from '../options.js';

export function renderFootnoteReference(tokens: Token[], idx: number, settings: KramdownSettings): string {
  const { label, number, occurrence } = tokens[idx].meta;
  const id = settings.footnotePrefix + label;
  const refId = occurrence === 0 ? id : `${id}:${occurrence}`;
  return `<sup id="fnref:${refId}" role="doc-noteref"><a href="#fn:${id}" class="footnote" rel="footnote">${number}</a></sup>`;
}

export function renderFootnotesOpen(tokens: Token[], idx: number): string {
  const start = tokens[idx].meta.start;
  return `<div class="footnotes" role="doc-endnotes">\n  <ol${start === 1 ? '' : ` start="${start}"`}>\n`;
}

export function renderFootnotesClose(): string {
  return '  </ol>\n</div>\n';
}

export function renderFootnoteItemOpen(tokens: Token[], idx: number): string {
  return `    <li id="fn:${tokens[idx].meta.id}" role="doc-endnote">\n`;
}

export function renderFootnoteItemClose(): string {
  return '    </li>\n';
}
