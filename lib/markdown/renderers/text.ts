import type Token from 'markdown-it/lib/token.mjs';
import { escapeHtml } from '../html-escape.js';

export function renderText(tokens: Token[], idx: number): string {
  return escapeHtml(tokens[idx].content);
}
