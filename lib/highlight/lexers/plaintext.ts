import type { LexerDefinition } from '../lexer-definition.js';

/** Rouge's `plaintext` lexer: the whole text as one plain Text token. */
export function createPlainTextLexer(): LexerDefinition {
  return { tag: 'plaintext', states: { root: [] }, lexText: (run, text) => run.token('', text) };
}
