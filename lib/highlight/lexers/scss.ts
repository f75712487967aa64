import type { LexingRun } from '../lexing-run.js';
import { groupsRule, mixin, rule, type LexerDefinition, type StateEntry } from '../lexer-definition.js';
import { cssWords, type CssWords } from './css.js';

const ID = String.raw`[\w-]+`;

function pushing(state: string) {
  return (run: LexingRun): void => run.push(state);
}

function contentCommonRules(): StateEntry[] {
  return [
    rule(/@for\b/, 'k', 'for'),
    rule(/@(debug|warn|if|each|while|else|return|media)/, 'k', 'value'),
    groupsRule(new RegExp(`(@mixin)(\\s+)(${ID})`), ['k', '', 'nf'], 'value'),
    groupsRule(new RegExp(`(@function)(\\s+)(${ID})`), ['k', '', 'nf'], 'value'),
    rule(/@extend\b/, 'k', 'selector'),
    groupsRule(new RegExp(`(@include)(\\s+)(${ID})`), ['k', '', 'nd'], 'value'),
    rule(new RegExp(`@${ID}`), 'k', 'selector'),
    rule(/&/, 'k', 'selector'),
    groupsRule(new RegExp(`([$]${ID})([ \\t]*)(:)`), ['nv', '', 'p'], 'value'),
  ];
}

function valueRules(words: CssWords): StateEntry[] {
  return [
    mixin('end_section'),
    rule(/[ \t]+/, ''),
    rule(new RegExp(`[$]${ID}`), 'nv'),
    rule(/url[(]/, 'sx', 'string_url'),
    rule(new RegExp(`${ID}(?=\\s*[(])`), 'nf'),
    rule(new RegExp(`%${ID}`), 'nd'),
    rule(/(true|false)\b/, 'bp'),
    rule(/(and|or|not)\b/, 'ow'),
    rule(/#[a-z0-9]{1,6}/i, 'mh'),
    rule(/-?\d+(%|[a-z]+)?/, 'm'),
    rule(/-?\d*\.\d+(%|[a-z]+)?/, 'mi'),
    mixin('has_strings'),
    mixin('has_interp'),
    rule(/[~^*!&%<>|+=@:,./?-]+/, 'o'),
    rule(/[[\]()]+/, 'p'),
    rule(/\/[*]/, 'cm', 'inline_comment'),
    rule(/\/\/[^\n]*/, 'c1'),
    rule(new RegExp(ID), (run: LexingRun, m) => {
      if (words.builtins.has(m[0])) run.token('nb', m[0]);
      else if (words.constants.has(m[0])) run.token('no', m[0]);
      else run.token('n', m[0]);
    }),
  ];
}

function selectorRules() {
  const piece = (cls: string): StateEntry[] => [rule(new RegExp(ID), cls), mixin('selector_piece')];
  return {
    selector: [
      mixin('end_section'),
      mixin('has_strings'),
      mixin('has_interp'),
      rule(/[ \t]+/, ''),
      rule(/:/, 'nd', 'pseudo_class'),
      rule(/[.]/, 'nc', 'class'),
      rule(/#/, 'nn', 'id'),
      rule(/%/, 'nv', 'placeholder'),
      rule(new RegExp(ID), 'nt'),
      rule(/&/, 'k'),
      rule(/[~^*!&[\]()<>|+=@:;,./?-]/, 'o'),
    ],
    selector_piece: [mixin('has_interp'), rule(/(?:)/, (run: LexingRun) => run.pop())],
    pseudo_class: piece('nd'),
    class: piece('nc'),
    id: piece('nn'),
    placeholder: piece('nv'),
  };
}

function stringRules() {
  return {
    has_interp: [rule(/[#][{]/, 'si', 'interpolation')],
    has_strings: [rule(/"/, 's2', 'dq'), rule(/'/, 's1', 'sq')],
    interpolation: [rule(/\}/, 'si', '#pop'), mixin('value')],
    dq: [rule(/"/, 's2', '#pop'), mixin('has_interp'), rule(/(\\.|#(?![{])|[^\n"#])+/, 's2')],
    sq: [rule(/'/, 's1', '#pop'), mixin('has_interp'), rule(/(\\.|#(?![{])|[^\n'#])+/, 's1')],
    string_url: [rule(/[)]/, 'sx', '#pop'), rule(/(\\.|#(?![{])|[^\n)#])+/, 'sx'), mixin('has_interp')],
    inline_comment: [
      rule(/(\\#|#(?=[^\n{])|\*(?=[^\n/])|[^\n#*])+/, 'cm'),
      mixin('has_interp'),
      rule(/[*]\//, 'cm', '#pop'),
    ],
  };
}

function attributeRules(words: CssWords) {
  return {
    attr_common: [
      mixin('has_interp'),
      rule(new RegExp(ID), (run: LexingRun, m) => run.token(words.attributes.has(m[0]) ? 'nl' : 'na', m[0])),
    ],
    attribute: [mixin('attr_common'), groupsRule(/([ \t]*)(:)/, ['', 'p'], 'value')],
  };
}

/** Rouge's `scss` lexer. */
export function createScssLexer(): LexerDefinition {
  const words = cssWords();
  return {
    tag: 'scss',
    states: {
      root: [
        rule(/\s+/, ''),
        rule(/\/\/.*?$/, 'c1'),
        rule(/\/[*][\s\S]*?[*]\//, 'cm'),
        rule(/@import\b/, 'k', 'value'),
        mixin('content_common'),
        rule(/(?=[^;{}][;}])/, pushing('attribute')),
        rule(/(?=[^;{}:[]+:[^a-z])/, pushing('attribute')),
        rule(/(?:)/, pushing('selector')),
      ],
      end_section: [
        rule(/\n/, ''),
        rule(/[;{}]/, (run: LexingRun, m) => {
          run.token('p', m[0]);
          run.resetStack();
        }),
      ],
      content_common: contentCommonRules(),
      value: valueRules(words),
      for: [rule(/(from|to|through)/, 'ow'), mixin('value')],
      ...selectorRules(),
      ...stringRules(),
      ...attributeRules(words),
    },
  };
}
