/**
 * Rouge-compatible syntax highlighting. This entry point is light: it loads only the
 * lexer-name table. The lexers themselves load with loadHighlighter() (or by importing
 * ./highlighter.js directly), so a site without code blocks pays nothing for them.
 */
import type { Highlighter } from './highlighter.js';

export { findRougeLexer } from './find-lexer.js';
export { ROUGE_VERSION } from './rouge-lexer-table.js';
export type { Highlighter } from './highlighter.js';
export type { LineNumberTableOptions } from './table-formatter.js';
export type { Token } from './token.js';

/** Loads the lexers and returns a highlighter whose methods are synchronous. */
export async function loadHighlighter(): Promise<Highlighter> {
  const module = await import('./highlighter.js');
  return module.createHighlighter();
}
