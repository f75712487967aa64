import { groupsRule, mixin, rule, type LexerDefinition } from '../lexer-definition.js';

/** Rouge's `json` lexer. */
export function createJsonLexer(): LexerDefinition {
  return {
    tag: 'json',
    states: {
      whitespace: [rule(/\s+/, 'w')],
      root: [
        mixin('whitespace'),
        rule(/\{/, 'p', 'object'),
        rule(/\[/, 'p', 'array'),
        mixin('name'),
        mixin('value'),
        rule(/[\]}]/, 'p'),
      ],
      object: [mixin('whitespace'), mixin('name'), mixin('value'), rule(/\}/, 'p', '#pop'), rule(/,/, 'p')],
      name: [groupsRule(/("(?:\\.|[^"\\\n])*?")(\s*)(:)/, ['nl', 'w', 'p'])],
      value: [
        mixin('whitespace'),
        mixin('constants'),
        rule(/"/, 's2', 'string'),
        rule(/\[/, 'p', 'array'),
        rule(/\{/, 'p', 'object'),
      ],
      string: [rule(/[^\\"]+/, 's2'), rule(/\\./, 'se'), rule(/"/, 's2', '#pop')],
      array: [mixin('value'), rule(/\]/, 'p', '#pop'), rule(/,/, 'p')],
      constants: [
        rule(/(?:true|false|null)/, 'kc'),
        rule(/-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?/i, 'mf'),
        rule(/-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?/i, 'mi'),
      ],
    },
  };
}
