import { escapeHtml } from './escape-html.js';
import { findRougeLexer } from './find-lexer.js';
import { formatTokensAsHtml } from './html-formatter.js';
import { LEXER_FACTORIES } from './lexer-catalog.js';
import type { LexerDefinition } from './lexer-definition.js';
import { LexingRun } from './lexing-run.js';
import { formatTokensAsTable, type LineNumberTableOptions } from './table-formatter.js';
import type { Token } from './token.js';

/** A highlighter that compiles each lexer once, on first use, and keeps it. */
export interface Highlighter {
  /** Rouge's lexer tag for a fence language, or null (see findRougeLexer). */
  findLexer(lang: string): string | null;
  /** Whether this project re-implements Rouge's lexer for the tag. */
  hasLexer(lexerTag: string): boolean;
  /** Rouge's tokens for the code; one plain token when the lexer is not re-implemented. */
  tokenize(code: string, lexerTag: string): Token[];
  /** The HTML Rouge's HTML formatter puts inside `<code>`. */
  highlightCode(code: string, lexerTag: string): string;
  /** Rouge's HTMLTable markup (line numbers) around the highlighted code. */
  highlightWithLineNumbers(code: string, lexerTag: string, options?: LineNumberTableOptions): string;
}

export function createHighlighter(): Highlighter {
  const compiled = new Map<string, LexerDefinition>();
  const resolve = (tag: string): LexerDefinition | null => {
    const cached = compiled.get(tag);
    if (cached !== undefined) return cached;
    const factory = Object.hasOwn(LEXER_FACTORIES, tag) ? LEXER_FACTORIES[tag] : undefined;
    if (factory === undefined) return null;
    const definition = factory();
    compiled.set(tag, definition);
    return definition;
  };
  const tokenize = (code: string, lexerTag: string): Token[] => {
    const definition = resolve(lexerTag);
    if (definition === null) return code === '' ? [] : [{ cls: '', text: code }];
    return new LexingRun(definition, resolve).lex(code);
  };
  return {
    findLexer: findRougeLexer,
    hasLexer: (lexerTag) => resolve(lexerTag) !== null,
    tokenize,
    highlightCode: (code, lexerTag) =>
      resolve(lexerTag) === null ? escapeHtml(code) : formatTokensAsHtml(tokenize(code, lexerTag)),
    highlightWithLineNumbers: (code, lexerTag, options) => formatTokensAsTable(tokenize(code, lexerTag), options),
  };
}

/** One-off highlighting with a throw-away highlighter; prefer createHighlighter() for many blocks. */
export function highlightCode(code: string, lexerTag: string): string {
  return createHighlighter().highlightCode(code, lexerTag);
}

/** One-off line-numbered highlighting with a throw-away highlighter. */
export function highlightWithLineNumbers(code: string, lexerTag: string, options?: LineNumberTableOptions): string {
  return createHighlighter().highlightWithLineNumbers(code, lexerTag, options);
}
