import { ROUGE_LEXER_NAMES } from './rouge-lexer-table.js';

/**
 * Rouge's lexer tag for a fence language, as `Rouge::Lexer.find_fancy` resolves it:
 * exact, case-sensitive tag or alias; `name?opt=val` looks up `name`; "guess" (which
 * Rouge answers by inspecting the code) is answered with "plaintext". Null when Rouge
 * has no such lexer.
 */
export function findRougeLexer(lang: string): string | null {
  const name = lang.includes('?') ? lang.slice(0, lang.indexOf('?')) : lang;
  if (name === 'guess') return 'plaintext';
  return Object.hasOwn(ROUGE_LEXER_NAMES, name) ? (ROUGE_LEXER_NAMES[name] ?? null) : null;
}
