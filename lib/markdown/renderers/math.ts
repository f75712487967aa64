import type Token from 'markdown-it/lib/token.mjs';
import { escapeHtml } from '../html-escape.js';
import type { KramdownSettings } from '../options.js';

/** MathJax delimiters `\(…\)`; without a math engine kramdown keeps `$$` in a `kdmath` span. */
export function renderMathInline(tokens: Token[], idx: number, settings: KramdownSettings): string {
  const content = escapeHtml(tokens[idx].content);
  return settings.mathEngine === null ? `<span class="kdmath">$$${content}$$</span>` : `\\(${content}\\)`;
}

export function renderMathBlock(tokens: Token[], idx: number, settings: KramdownSettings): string {
  const content = escapeHtml(tokens[idx].content);
  return settings.mathEngine === null ? `<div class="kdmath">$$\n${content}\n$$</div>\n` : `\\[${content}\\]\n`;
}
