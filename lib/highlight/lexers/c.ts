import type { LexingRun } from '../lexing-run.js';
import { groupsRule, mixin, rule, type LexerDefinition, type StateEntry } from '../lexer-definition.js';

/** The word lists that decide an identifier's class; C++ extends C's. */
export interface CWords {
  readonly keywords: ReadonlySet<string>;
  readonly types: ReadonlySet<string>;
  readonly reserved: ReadonlySet<string>;
  readonly builtins: ReadonlySet<string>;
}

export function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word !== ''));
}

export const C_WORDS: CWords = {
  keywords: words(
    'auto break case const continue default do else enum extern for goto if register restricted return sizeof ' +
      'static struct switch typedef union volatile virtual while ' +
      '_Alignas _Alignof _Atomic _Generic _Imaginary _Noreturn _Static_assert _Thread_local',
  ),
  types: words(
    'int long float short double char unsigned signed void ' +
      'jmp_buf FILE DIR div_t ldiv_t mbstate_t sig_atomic_t fpos_t clock_t time_t va_list size_t ssize_t off_t ' +
      'wchar_t ptrdiff_t wctrans_t wint_t wctype_t ' +
      '_Bool _Complex int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t ' +
      'int_least8_t int_least16_t int_least32_t int_least64_t uint_least8_t uint_least16_t uint_least32_t ' +
      'uint_least64_t int_fast8_t int_fast16_t int_fast32_t int_fast64_t uint_fast8_t uint_fast16_t ' +
      'uint_fast32_t uint_fast64_t intptr_t uintptr_t intmax_t uintmax_t char16_t char32_t',
  ),
  reserved: words(
    '__asm __int8 __based __except __int16 __stdcall __cdecl __fastcall __int32 __declspec __finally __int61 ' +
      '__try __leave inline _inline __inline naked _naked __naked restrict _restrict __restrict ' +
      'thread _thread __thread typename _typename __typename',
  ),
  builtins: words(''),
};

/** A C identifier (ASCII letters, digits and `_` alone). */
export const C_ID = '[a-zA-Z_][a-zA-Z0-9_]*';

/** The characters of Ruby's `\s`, as class contents: ASCII white space alone, unlike JavaScript's. */
export const RUBY_SPACE = String.raw` \t\n\v\f\r`;

/**
 * Ruby's `\b` after a word character: no word character follows, where (unlike `\w`) a word character may be any
 * Unicode letter, mark, decimal digit or connector, and Latin-1's superscript digits and fractions. Needs the `u` flag.
 */
export const RUBY_WORD_END = String.raw`(?![\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u00b2\u00b3\u00b9\u00bc-\u00be])`;

function classify(vocabulary: CWords, word: string): string {
  if (vocabulary.keywords.has(word)) return 'k';
  if (vocabulary.types.has(word)) return 'kt';
  if (vocabulary.reserved.has(word)) return 'kr';
  if (vocabulary.builtins.has(word)) return 'nb';
  return 'n';
}

/** Blanks and comments between a function's signature and its `{` or `;` (no comment spanning lines). */
const SIGNATURE_GAP = `(?:[${RUBY_SPACE}]|//.*?\\n|/[*].*?[*]/)+`;

/** A function definition or declaration: return type words, name, parenthesized parameters, then `{` or `;`. */
function functionHeadRule(): StateEntry {
  const head = new RegExp(
    `([\\w*${RUBY_SPACE}]+?[${RUBY_SPACE}*])(${C_ID})([${RUBY_SPACE}]*\\([^;]*?\\))((?:${SIGNATURE_GAP})?)(\\{|;)`,
  );
  return rule(head, (run: LexingRun, m) => {
    run.recurse(m[1] ?? '');
    run.token('nf', m[2] ?? '');
    run.recurse(m[3] ?? '');
    run.recurse(m[4] ?? '');
    run.token('p', m[5] ?? '');
    if (m[5] === '{') run.push('function');
  });
}

function statementRules(vocabulary: CWords): StateEntry[] {
  return [
    mixin('whitespace'),
    rule(/(u8|u|U|L)?"/, 's', 'string'),
    rule(/(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'/i, 'sc'),
    rule(/(\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*/i, 'mf'),
    rule(/\d+e[+-]?\d+[lu]*/i, 'mf'),
    rule(/0x[0-9a-f]+[lu]*/i, 'mh'),
    rule(/0[0-7]+[lu]*/i, 'mo'),
    rule(/\d+[lu]*/i, 'mi'),
    rule(/\*\//, 'err'),
    rule(/[~!%^&*+=|?:<>\/-]/, 'o'),
    rule(/[()[\],.;]/, 'p'),
    rule(new RegExp(`case${RUBY_WORD_END}`, 'u'), 'k', 'case'),
    rule(new RegExp(`(?:true|false|NULL)${RUBY_WORD_END}`, 'u'), 'nb'),
    rule(new RegExp(C_ID), (run: LexingRun, m) => run.token(classify(vocabulary, m[0]), m[0])),
  ];
}

function whitespaceStates(): Record<string, StateEntry[]> {
  return {
    inline_whitespace: [
      rule(/[ \t\r]+/, ''),
      rule(/\\\n/, ''),
      rule(/\/(\\\n)?[*].*?[*](\\\n)?\//s, 'cm'),
    ],
    whitespace: [rule(/\n+/, '', 'bol'), rule(/\/\/(\\.|.)*?$/, 'c1', 'bol'), mixin('inline_whitespace')],
    expr_whitespace: [rule(/\n+/, '', 'expr_bol'), mixin('whitespace')],
    expr_bol: [
      mixin('inline_whitespace'),
      rule(new RegExp(`#if[${RUBY_SPACE}]0`), 'c', 'if_0'),
      rule(/#/, 'cp', 'macro'),
      rule(/(?:)/, (run: LexingRun) => run.pop()),
    ],
    bol: [rule(new RegExp(`${C_ID}:(?!:)`), 'nl'), mixin('expr_bol')],
  };
}

function preprocessorStates(): Record<string, StateEntry[]> {
  return {
    macro: [
      mixin('include'),
      rule(/[^/\n\\]+/, 'cp'),
      rule(/\\./s, 'cp'),
      mixin('inline_whitespace'),
      rule(/\//, 'cp'),
      rule(/\n/, 'cp', '#pop'),
    ],
    include: [
      groupsRule(new RegExp(`(include)([${RUBY_SPACE}]*)(<[^>]+>)([^\\n]*)`), ['cp', '', 'cpf', 'c1']),
      groupsRule(new RegExp(`(include)([${RUBY_SPACE}]*)("[^"]+")([^\\n]*)`), ['cp', '', 'cpf', 'c1']),
    ],
    if_0: [
      rule(new RegExp(`^[${RUBY_SPACE}]*#if`), 'c', 'if_0'),
      rule(new RegExp(`^[${RUBY_SPACE}]*#[${RUBY_SPACE}]*el(?:se|if)`), 'c', '#pop'),
      rule(new RegExp(`^[${RUBY_SPACE}]*#[${RUBY_SPACE}]*endif${RUBY_WORD_END}.*?(?<!\\\\)\\n`, 'su'), 'c', '#pop'),
      rule(/.*?\n/, 'c'),
    ],
  };
}

/** The states of Rouge's C lexer for a given vocabulary (Rouge's C++ lexer adds to them). */
export function cStates(vocabulary: CWords): Record<string, StateEntry[]> {
  return {
    ...whitespaceStates(),
    ...preprocessorStates(),
    statements: statementRules(vocabulary),
    case: [rule(/:/, 'p', '#pop'), mixin('statements')],
    root: [mixin('expr_whitespace'), functionHeadRule(), rule(/\{/, 'p', 'function'), mixin('statements')],
    function: [
      mixin('whitespace'),
      mixin('statements'),
      rule(/;/, 'p'),
      rule(/\{/, 'p', 'function'),
      rule(/\}/, 'p', '#pop'),
    ],
    string: [
      rule(/"/, 's', '#pop'),
      rule(/\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/, 'se'),
      rule(/[^\\"\n]+/, 's'),
      rule(/\\\n/, 's'),
      rule(/\\/, 's'),
    ],
  };
}

/** Rouge's `c` lexer. */
export function createCLexer(): LexerDefinition {
  return { tag: 'c', states: cStates(C_WORDS), start: (run) => run.push('bol') };
}
