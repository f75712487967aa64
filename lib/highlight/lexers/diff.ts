import { groupsRule, rule, type LexerDefinition } from '../lexer-definition.js';

/** Rouge's `diff` lexer (unified diffs and patches). */
export function createDiffLexer(): LexerDefinition {
  return {
    tag: 'diff',
    states: {
      root: [
        rule(/^ .*$\n?/, ''),
        rule(/^---$\n?/, 'p'),
        rule(/^[+>]+.*$\n?/, 'gi'),
        rule(/^\+.*$\n?/, 'gi'),
        rule(/^[-<]+.*$\n?/, 'gd'),
        rule(/^!.*$\n?/, 'gs'),
        rule(/^([Ii]ndex|diff).*$\n?/, 'gh'),
        groupsRule(/^(@@[^@]*@@)([^\n]*\n)/, ['p', '']),
        rule(/^\w.*$\n?/, 'p'),
        rule(/^=.*$\n?/, 'gh'),
        rule(/\s.*$\n?/, ''),
      ],
    },
  };
}
