import type { LexingRun } from '../lexing-run.js';
import { rule, type LexerDefinition } from '../lexer-definition.js';
import { JAVASCRIPT_ID, JAVASCRIPT_WORDS, javascriptStates, type JavascriptWords } from './javascript.js';

function extend(base: ReadonlySet<string>, more: string): Set<string> {
  return new Set([...base, ...more.split(' ')]);
}

const TYPESCRIPT_WORDS: JavascriptWords = {
  keywords: extend(JAVASCRIPT_WORDS.keywords, 'is namespace static private protected public implements readonly'),
  declarations: extend(JAVASCRIPT_WORDS.declarations, 'type abstract'),
  reserved: extend(JAVASCRIPT_WORDS.reserved, 'string any void number namespace module declare default interface keyof'),
  constants: JAVASCRIPT_WORDS.constants,
  builtins: extend(JAVASCRIPT_WORDS.builtins, 'Pick Partial Readonly Record'),
};

/** Rouge's `typescript` lexer: JavaScript's with more words, `?.`/`??` and optional labels. */
export function createTypescriptLexer(): LexerDefinition {
  const states = javascriptStates(TYPESCRIPT_WORDS);
  const label = rule(new RegExp(`(${JAVASCRIPT_ID})(\\??)(\\s*)(:)`, 'u'), (run: LexingRun, m) => {
    run.groups(m, 'nl', 'p', '', 'p');
    run.push('expr_start');
  });
  return {
    tag: 'typescript',
    states: {
      ...states,
      root: [rule(/[?][.]/, 'p'), rule(/[?]{2}/, 'o'), ...(states['root'] ?? [])],
      statement: [label, ...(states['statement'] ?? [])],
    },
  };
}
