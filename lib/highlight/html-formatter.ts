import { escapeHtml } from './escape-html.js';
import type { Token } from './token.js';

/** Rouge's Formatters::HTML: each token as `<span class="cls">`, plain text unwrapped. */
export function formatTokensAsHtml(tokens: readonly Token[]): string {
  let html = '';
  for (const token of tokens) {
    const escaped = escapeHtml(token.text);
    html += token.cls === '' ? escaped : `<span class="${token.cls}">${escaped}</span>`;
  }
  return html;
}
