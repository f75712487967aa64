import type { LexingRun } from '../lexing-run.js';
import { groupsRule, mixin, rule, type LexerDefinition, type StateEntry } from '../lexer-definition.js';

/** The word lists that decide an identifier's class; TypeScript extends JavaScript's. */
export interface JavascriptWords {
  readonly keywords: ReadonlySet<string>;
  readonly declarations: ReadonlySet<string>;
  readonly reserved: ReadonlySet<string>;
  readonly constants: ReadonlySet<string>;
  readonly builtins: ReadonlySet<string>;
}

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word !== ''));
}

export const JAVASCRIPT_WORDS: JavascriptWords = {
  keywords: words(
    'as async await break case catch continue debugger default delete do else export finally from for if import ' +
      'in instanceof new of return super switch this throw try typeof void while yield',
  ),
  declarations: words('var let const with function class extends constructor get set static'),
  reserved: words('enum implements interface package private protected public'),
  constants: words('true false null NaN Infinity undefined'),
  builtins: words(
    'Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun decodeURI ' +
      'decodeURIComponent encodeURI encodeURIComponent Error eval isFinite isNaN parseFloat parseInt ' +
      'document window navigator self global Promise Set Map WeakSet WeakMap Symbol Proxy Reflect ' +
      'Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Uint16ClampedArray ' +
      'Int32Array Uint32Array Uint32ClampedArray Float32Array Float64Array DataView ArrayBuffer',
  ),
};

/** Rouge's JavaScript identifier: a letter, letter number, `$` or `_`, then word characters. */
export const JAVASCRIPT_ID = String.raw`[\p{L}\p{Nl}$_][\p{L}\p{M}\p{Nd}\p{Pc}]*`;

function identifierRule(vocabulary: JavascriptWords): StateEntry {
  return rule(new RegExp(JAVASCRIPT_ID, 'iu'), (run: LexingRun, m) => {
    const word = m[0];
    if (vocabulary.keywords.has(word)) {
      run.token('k', word);
      run.push('expr_start');
    } else if (vocabulary.declarations.has(word)) {
      run.token('kd', word);
      run.push('expr_start');
    } else if (vocabulary.reserved.has(word)) run.token('kr', word);
    else if (vocabulary.constants.has(word)) run.token('kc', word);
    else if (vocabulary.builtins.has(word)) run.token('nb', word);
    else run.token('nx', word);
  });
}

function rootRules(vocabulary: JavascriptWords): StateEntry[] {
  return [
    rule(/(?<![\s\S])\s*#![\s\S]*?\n/, 'cp', 'statement'),
    rule(/(?<=\n)(?=\s|\/|<!--)/, '', 'expr_start'),
    mixin('comments_and_whitespace'),
    rule(/\+\+|--|~|\?\?=?|&&|\|\||\\(?=\n)|<<|>>>?|===|!==/, 'o', 'expr_start'),
    rule(/[-<>+*%&|^/!=]=?/, 'o', 'expr_start'),
    rule(/[(\[,]/, 'p', 'expr_start'),
    rule(/;/, 'p', 'statement'),
    rule(/[)\].]/, 'p'),
    rule(/`/, 's2', 'template_string'),
    rule(/[?][.]/, 'p'),
    rule(/[?]/, (run: LexingRun, m) => {
      run.token('p', m[0]);
      run.push('ternary');
      run.push('expr_start');
    }),
    groupsRule(/(@)(\w+)?/, ['p', 'nd'], 'expr_start'),
    rule(/[{}]/, 'p', 'statement'),
    identifierRule(vocabulary),
    rule(/[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?/, 'mf'),
    rule(/0x[0-9a-fA-F]+/i, 'mh'),
    rule(/0o[0-7][0-7_]*/i, 'mo'),
    rule(/0b[01][01_]*/i, 'mb'),
    rule(/[0-9]+/, 'mi'),
    rule(/"/, 'dl', 'dq'),
    rule(/'/, 'dl', 'sq'),
    rule(/:/, 'p'),
  ];
}

function regexRules() {
  return {
    regex: [
      rule(/\//, (run: LexingRun, m) => {
        run.token('sr', m[0]);
        run.goto('regex_end');
      }),
      rule(/[^/]\n/, 'err', '#pop'),
      rule(/\n/, 'err', '#pop'),
      rule(/\[\^/, 'se', 'regex_group'),
      rule(/\[/, 'se', 'regex_group'),
      rule(/\\./, 'se'),
      rule(/[(][?][:=<!]/, 'se'),
      rule(/[{][\d,]+[}]/, 'se'),
      rule(/[()?]/, 'se'),
      rule(/./, 'sr'),
    ],
    regex_end: [rule(/[gimuy]+/, 'sr', '#pop'), rule(/(?:)/, (run: LexingRun) => run.pop())],
    regex_group: [
      rule(/\//, 'se'),
      rule(/[^/]\n/, (run: LexingRun, m) => {
        run.token('err', m[0]);
        run.pop(2);
      }),
      rule(/\]/, 'se', '#pop'),
      rule(/\\./, 'se'),
      rule(/./, 'sr'),
    ],
    bad_regex: [rule(/[^\n]+/, 'err', '#pop')],
  };
}

function contextRules() {
  return {
    multiline_comment: [rule(/[*]\//, 'cm', '#pop'), rule(/[^*/]+/, 'cm'), rule(/[*/]/, 'cm')],
    comments_and_whitespace: [
      rule(/\s+/, ''),
      rule(/<!--/, 'c'),
      rule(/\/\/.*?$/, 'c1'),
      rule(/\/[*]/, 'cm', 'multiline_comment'),
    ],
    expr_start: [
      mixin('comments_and_whitespace'),
      rule(/\//, (run: LexingRun, m) => {
        run.token('sr', m[0]);
        run.goto('regex');
      }),
      rule(/[{]/, (run: LexingRun, m) => {
        run.token('p', m[0]);
        run.goto('object');
      }),
      rule(/(?:)/, '', '#pop'),
    ],
    dq: [rule(/\\[\\nrt"]?/, 'se'), rule(/[^\\"]+/, 's2'), rule(/"/, 'dl', '#pop')],
    sq: [rule(/\\[\\nrt']?/, 'se'), rule(/[^\\']+/, 's1'), rule(/'/, 'dl', '#pop')],
    statement: [
      rule(/case\b/, (run: LexingRun, m) => {
        run.token('k', m[0]);
        run.goto('expr_start');
      }),
      groupsRule(new RegExp(`(${JAVASCRIPT_ID})(\\s*)(:)`, 'u'), ['nl', '', 'p']),
      mixin('expr_start'),
    ],
    object: [
      mixin('comments_and_whitespace'),
      rule(/[{]/, (run: LexingRun, m) => {
        run.token('p', m[0]);
        run.moveTo('#push');
      }),
      rule(/[}]/, (run: LexingRun, m) => {
        run.token('p', m[0]);
        run.goto('statement');
      }),
      groupsRule(new RegExp(`(${JAVASCRIPT_ID})(\\s*)(:)`, 'u'), ['na', '', 'p'], 'expr_start'),
      rule(/:/, 'p'),
      mixin('root'),
    ],
    ternary: [
      rule(/:/, (run: LexingRun, m) => {
        run.token('p', m[0]);
        run.goto('expr_start');
      }),
      mixin('root'),
    ],
    template_string: [
      rule(/[$]\{/, 'p', 'template_string_expr'),
      rule(/`/, 's2', '#pop'),
      rule(/\\[$`]/, 'se'),
      rule(/[^$`\\]+/, 's2'),
      rule(/[\\$]/, 's2'),
    ],
    template_string_expr: [rule(/\}/, 'p', '#pop'), mixin('root')],
  };
}

/** The states of Rouge's JavaScript lexer for a given vocabulary. */
export function javascriptStates(vocabulary: JavascriptWords): Record<string, StateEntry[]> {
  return { ...regexRules(), ...contextRules(), root: rootRules(vocabulary) };
}

/** Rouge's `javascript` lexer. */
export function createJavascriptLexer(): LexerDefinition {
  return { tag: 'javascript', states: javascriptStates(JAVASCRIPT_WORDS) };
}
