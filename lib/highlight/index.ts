/**
 * Rouge-compatible syntax highlighting. This entry point is light: it loads only the
 * lexer-name table. loadHighlighter() loads the highlighting engine and the lexers asked
 * for, so a site without code blocks pays nothing for them.
 */
import type { Highlighter } from './highlighter.js';

export { findRougeLexer } from './find-lexer.js';
export { ROUGE_VERSION } from './rouge-lexer-table.js';
export type { Highlighter } from './highlighter.js';
export type { LineNumberTableOptions } from './table-formatter.js';
export type { Token } from './token.js';

/**
 * Loads the engine and the lexers for these Rouge tags (all lexers when omitted) and returns a
 * highlighter whose methods are synchronous; more lexers can be added later with `prepare`.
 */
export async function loadHighlighter(lexerTags?: Iterable<string>): Promise<Highlighter> {
  const module = await import('./highlighter.js');
  const highlighter = module.createHighlighter();
  await highlighter.prepare(lexerTags ?? ['*']);
  return highlighter;
}

/** Same as `loadHighlighter`: the one asynchronous step before synchronous highlighting. */
export const prepareHighlighter = loadHighlighter;
