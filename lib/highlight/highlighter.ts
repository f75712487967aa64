import { escapeHtml } from './escape-html.js';
import { findRougeLexer } from './find-lexer.js';
import { formatTokensAsHtml } from './html-formatter.js';
import type { LexerDefinition } from './lexer-definition.js';
import { LEXER_MODULES, lexerTagsToLoad } from './lexer-modules.js';
import { LexingRun } from './lexing-run.js';
import { formatTokensAsTable, type LineNumberTableOptions } from './table-formatter.js';
import type { Token } from './token.js';

export type LexerFactories = Record<string, () => LexerDefinition>;

/**
 * Rouge-compatible highlighting. Lexers are loaded by `prepare` (asynchronously, only those
 * asked for); everything else is synchronous. Each lexer compiles its patterns on first use.
 */
export interface Highlighter {
  /** Rouge's lexer tag for a fence language, or null (see findRougeLexer). */
  findLexer(lang: string): string | null;
  /** Loads the lexers for these Rouge tags (and those they delegate to). Unknown tags are ignored. */
  prepare(lexerTags: Iterable<string>): Promise<void>;
  /** Whether this project re-implements Rouge's lexer for the tag (loaded or not). */
  hasLexer(lexerTag: string): boolean;
  /** Rouge's tokens for the code; one plain token when the lexer is not re-implemented. */
  tokenize(code: string, lexerTag: string): Token[];
  /** The HTML Rouge's HTML formatter puts inside `<code>`; escaped code without spans when the lexer is not re-implemented. */
  highlightCode(code: string, lexerTag: string): string;
  /** Rouge's HTMLTable markup (line numbers) around the highlighted code. */
  highlightWithLineNumbers(code: string, lexerTag: string, options?: LineNumberTableOptions): string;
}

/** Rouge's plain text lexer: the whole text is one token without a class, which the HTML formatter only escapes. */
const PLAIN_TEXT = 'plaintext';

/** Whether the lexer's HTML can have token spans: it is re-implemented, and not the plain text one. */
function spansFor(lexerTag: string): boolean {
  return lexerTag !== PLAIN_TEXT && Object.hasOwn(LEXER_MODULES, lexerTag);
}

function notPrepared(tag: string): Error {
  return new Error(`highlight: the ${tag} lexer was not loaded; call prepare([${JSON.stringify(tag)}]) first`);
}

/** Creates a highlighter; `factories` are lexers available without `prepare` (e.g. all of them, for tests). */
export function createHighlighter(factories: LexerFactories = {}): Highlighter {
  const loaded: LexerFactories = { ...factories };
  const compiled = new Map<string, LexerDefinition>();
  const resolve = (tag: string): LexerDefinition | null => {
    const cached = compiled.get(tag);
    if (cached !== undefined) return cached;
    if (!Object.hasOwn(LEXER_MODULES, tag)) return null;
    const factory = Object.hasOwn(loaded, tag) ? loaded[tag] : undefined;
    if (factory === undefined) throw notPrepared(tag);
    const definition = factory();
    compiled.set(tag, definition);
    return definition;
  };
  const tokenize = (code: string, lexerTag: string): Token[] => {
    const definition = resolve(lexerTag);
    if (definition === null) return code === '' ? [] : [{ cls: '', text: code }];
    return new LexingRun(definition, resolve).lex(code);
  };
  const prepare = async (lexerTags: Iterable<string>): Promise<void> => {
    const missing = [...lexerTagsToLoad(lexerTags)].filter((tag) => !Object.hasOwn(loaded, tag));
    const factoriesLoaded = await Promise.all(missing.map((tag) => LEXER_MODULES[tag]?.load()));
    missing.forEach((tag, i) => {
      const factory = factoriesLoaded[i];
      if (factory !== undefined) loaded[tag] = factory;
    });
  };
  return {
    findLexer: findRougeLexer,
    prepare,
    hasLexer: (lexerTag) => Object.hasOwn(LEXER_MODULES, lexerTag),
    tokenize,
    highlightCode: (code, lexerTag) => (spansFor(lexerTag) ? formatTokensAsHtml(tokenize(code, lexerTag)) : escapeHtml(code)),
    highlightWithLineNumbers: (code, lexerTag, options) => formatTokensAsTable(tokenize(code, lexerTag), options),
  };
}
