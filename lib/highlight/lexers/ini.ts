import { groupsRule, mixin, rule, type LexerDefinition } from '../lexer-definition.js';

/** Ruby's `\s` (ASCII white space only), as class contents. */
const SPACE = String.raw`\t\n\v\f\r `;

/** Rouge's `ini` lexer: `[sections]`, `name = value` lines and `;`/`#` comments. */
export function createIniLexer(): LexerDefinition {
  return {
    tag: 'ini',
    states: {
      basic: [rule(/[;#].*?\n/, 'c'), rule(new RegExp(`[${SPACE}]+`), ''), rule(/\\\n/, 'se')],
      root: [
        mixin('basic'),
        groupsRule(new RegExp(String.raw`([\w.-]+)([${SPACE}]*)(=)`), ['py', '', 'p'], 'value'),
        rule(/\[.*?\]/, 'nn'),
      ],
      value: [
        rule(/\n/, '', '#pop'),
        mixin('basic'),
        rule(/"/, 's', 'dq'),
        rule(/'.*?'/, 's'),
        mixin('esc_str'),
        rule(/[^\\\n]+/, 's'),
      ],
      dq: [rule(/"/, 's', '#pop'), mixin('esc_str'), rule(/[^\\"]+/, 's')],
      esc_str: [rule(/\\[\s\S]/, 'se')],
    },
  };
}
