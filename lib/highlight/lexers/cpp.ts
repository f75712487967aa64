import type { LexingRun } from '../lexing-run.js';
import { mixin, rule, type LexerDefinition, type StateEntry } from '../lexer-definition.js';
import { C_ID, C_WORDS, RUBY_WORD_END, cStates, words, type CWords } from './c.js';

function extend(base: ReadonlySet<string>, more: string): Set<string> {
  return new Set([...base, ...words(more)]);
}

const CPP_WORDS: CWords = {
  keywords: extend(
    C_WORDS.keywords,
    'asm auto catch char8_t concept consteval constexpr constinit const_cast co_await co_return co_yield ' +
      'delete dynamic_cast explicit export friend mutable namespace new operator private protected public ' +
      'reinterpret_cast requires restrict size_of static_cast this throw throws typeid typename using virtual ' +
      'final override alignas alignof decltype noexcept static_assert thread_local try',
  ),
  types: extend(C_WORDS.types, 'bool'),
  reserved: extend(
    C_WORDS.reserved,
    '__virtual_inheritance __uuidof __super __single_inheritance __multiple_inheritance __interface __event',
  ),
  builtins: C_WORDS.builtins,
};

/** Decimal digits, optionally separated by single quotes (`1'000'000`). */
const DIGITS = String.raw`(?:\d(?:'?\d)*)`;

/** The rules C++ tries before C's statement rules: class heads, templates, its numbers, raw strings, `::`, braces. */
function cppStatementRules(): StateEntry[] {
  return [
    rule(new RegExp(`(class|struct)${RUBY_WORD_END}`, 'u'), 'k', 'classname'),
    rule(new RegExp(`template${RUBY_WORD_END}`, 'u'), 'k', 'template'),
    rule(new RegExp(`${DIGITS}(\\.${DIGITS})?(?:y|d|h|min|s|ms|us|ns|i|if|il)${RUBY_WORD_END}`, 'u'), 'mx'),
    rule(new RegExp(`(${DIGITS}[.](?:${DIGITS})?|[.]${DIGITS})(e[+-]?${DIGITS}[lu]*)?`, 'i'), 'mf'),
    rule(new RegExp(`${DIGITS}e[+-]?${DIGITS}[lu]*`, 'i'), 'mf'),
    rule(/0x[0-9a-f]('?[0-9a-f])*[lu]*/i, 'mh'),
    rule(/0b[01]+('[01]+)*/, 'mb'),
    rule(/0[0-7]('?[0-7])*[lu]*/i, 'mo'),
    rule(new RegExp(`${DIGITS}[lu]*`, 'i'), 'mi'),
    rule(new RegExp(`nullptr${RUBY_WORD_END}`, 'u'), 'nb'),
    rule(/(?:u8|u|U|L)?R"([a-zA-Z0-9_{}[\]#<>%:;.?*+\-/^&|~!=,"']{0,16})\(.*?\)\1"/s, 's'),
    rule(/(::|<=>)/, 'o'),
    rule(/[{}]/, 'p'),
  ];
}

/** Rouge's `cpp` lexer: C's, with more words, classes, templates and C++ literals. */
export function createCppLexer(): LexerDefinition {
  const states = cStates(CPP_WORDS);
  return {
    tag: 'cpp',
    start: (run) => run.push('bol'),
    states: {
      ...states,
      root: [
        rule(new RegExp(`(?:__offload|__blockingoffload|__outer)${RUBY_WORD_END}`, 'u'), 'kp'),
        ...(states['root'] ?? []),
      ],
      statements: [...cppStatementRules(), ...(states['statements'] ?? [])],
      classname: [
        rule(new RegExp(C_ID), 'nc', '#pop'),
        mixin('whitespace'),
        rule(/[.]{3}/, 'o'),
        rule(/,/, 'p', '#pop'),
        rule(/(?:)/, (run: LexingRun) => run.pop()),
      ],
      template: [
        rule(/[>;]/, 'p', '#pop'),
        rule(new RegExp(`typename${RUBY_WORD_END}`, 'u'), 'k', 'classname'),
        mixin('statements'),
      ],
      case: [rule(/:(?!:)/, 'p', '#pop'), mixin('statements')],
    },
  };
}
