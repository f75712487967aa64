import type { LexingRun } from '../lexing-run.js';
import { groupsRule, rule, type LexerDefinition, type StateEntry } from '../lexer-definition.js';

/** The open string literals, innermost last: [prefix letters (lower case), delimiter]. */
interface PythonStrings {
  open: [string, string][];
}

type PythonRun = LexingRun<PythonStrings>;

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word !== ''));
}

const KEYWORDS = words(
  'assert break continue del elif else except exec finally for global if lambda pass print raise return try while ' +
    'yield as with from import yield async await nonlocal',
);
const BUILTINS = words(
  '__import__ abs all any apply ascii basestring bin bool buffer bytearray bytes callable chr classmethod cmp coerce ' +
    'compile complex delattr dict dir divmod enumerate eval execfile exit file filter float format frozenset getattr ' +
    'globals hasattr hash hex id input int intern isinstance issubclass iter len list locals long map max memoryview ' +
    'min next object oct open ord pow property range raw_input reduce reload repr reversed round set setattr slice ' +
    'sorted staticmethod str sum super tuple type unichr unicode vars xrange zip',
);
const BUILTINS_PSEUDO = words('self None Ellipsis NotImplemented False True');
const EXCEPTIONS = words(
  'ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError BufferError ' +
    'BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError ' +
    'DeprecationWarning EOFError EnvironmentError Exception FileExistsError FileNotFoundError FloatingPointError ' +
    'FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError InterruptedError ' +
    'IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError ' +
    'NotADirectoryError NotImplemented NotImplementedError OSError OverflowError OverflowWarning ' +
    'PendingDeprecationWarning ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError ' +
    'RuntimeWarning StandardError StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit ' +
    'TabError TimeoutError TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError ' +
    'UnicodeTranslateError UnicodeWarning UserWarning ValueError VMSError Warning WindowsError ZeroDivisionError',
);

const IDENTIFIER = String.raw`[\p{Alphabetic}_][\p{Alphabetic}\p{Nd}_]*`;
const DOTTED_IDENTIFIER = String.raw`[\p{Alphabetic}_.][\p{Alphabetic}\p{Nd}_.]*`;
const DIGITS = String.raw`[0-9](?:_?[0-9])*`;
const DECIMAL = `(?:(?:${DIGITS})?\\.${DIGITS}|${DIGITS}\\.)`;
const EXPONENT = `[eE][+-]?${DIGITS}`;

function innermost(run: PythonRun): [string, string] {
  return run.vars.open[run.vars.open.length - 1] ?? ['', ''];
}

function classifyIdentifier(word: string): string {
  if (KEYWORDS.has(word)) return 'k';
  if (EXCEPTIONS.has(word) || BUILTINS.has(word)) return 'nb';
  if (BUILTINS_PSEUDO.has(word)) return 'bp';
  return 'n';
}

function rootRules(): StateEntry[] {
  return [
    rule(/\n+/, ''),
    groupsRule(/^(:)(\s*)([ru]{0,2}""".*?""")/is, ['p', '', 'sd']),
    rule(/[^\S\n]+/, ''),
    rule(/#(.*)?\n?/, 'c1'),
    rule(/[[\]{}:(),;.]/, 'p'),
    rule(/\\\n/, ''),
    rule(/\\/, ''),
    rule(/(in|is|and|or|not)\b/, 'ow'),
    rule(/(<<|>>|\/\/|\*\*)=?/, 'o'),
    rule(/[-~+/*%=<>&^|@]=?|!=/, 'o'),
    groupsRule(new RegExp(`(from)((?:\\\\\\s|\\s)+)(${DOTTED_IDENTIFIER})((?:\\\\\\s|\\s)+)(import)`, 'u'), ['kn', '', 'nn', '', 'kn']),
    groupsRule(new RegExp(`(import)(\\s+)(${DOTTED_IDENTIFIER})`, 'u'), ['kn', '', 'nn']),
    groupsRule(/(def)((?:\s|\\\s)+)/, ['k', ''], 'funcname'),
    groupsRule(/(class)((?:\s|\\\s)+)/, ['k', ''], 'classname'),
    rule(/`.*?`/, 'sb'),
    rule(/([rfbu]{0,2})('''|"""|['"])/i, (run: PythonRun, m) => {
      run.groups(m, 'sa', 's');
      run.vars.open.push([(m[1] ?? '').toLowerCase(), m[2] ?? '']);
      run.push('generic_string');
    }),
    rule(new RegExp(`@${DOTTED_IDENTIFIER}`, 'iu'), 'nd'),
    rule(new RegExp(`(?<!\\.)${IDENTIFIER}`, 'u'), (run: PythonRun, m) => run.token(classifyIdentifier(m[0]), m[0])),
    rule(new RegExp(IDENTIFIER, 'u'), 'n'),
    rule(new RegExp(`${DECIMAL}(${EXPONENT})?j?`, 'i'), 'mf'),
    rule(new RegExp(`${DIGITS}${EXPONENT}j?`, 'i'), 'mf'),
    rule(new RegExp(`${DIGITS}j`, 'i'), 'mf'),
    rule(/0b(_?[0-1])+/i, 'mb'),
    rule(/0o(_?[0-7])+/i, 'mo'),
    rule(/0x(_?[a-f0-9])+/i, 'mh'),
    rule(/\d+L/, 'il'),
    rule(/([1-9](_?[0-9])*|0(_?0)*)/, 'mi'),
  ];
}

function stringRules() {
  return {
    generic_string: [
      rule(/[^'"\\{]+/, 's'),
      rule(/\{\{/, 's'),
      rule(/'''|"""|['"]/, (run: PythonRun, m) => {
        run.token('s', m[0]);
        if (innermost(run)[1] === m[0]) {
          run.vars.open.pop();
          run.pop();
        }
      }),
      rule(/(?=\\)/, 's', 'generic_escape'),
      rule(/\{/, (run: PythonRun, m) => {
        if (innermost(run)[0].includes('f')) {
          run.token('si', m[0]);
          run.push('generic_interpol');
        } else {
          run.token('s', m[0]);
        }
      }),
    ],
    generic_escape: [
      rule(/\\([\\abfnrtv"']|\n|newline|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/, (run: PythonRun, m) => {
        run.token(innermost(run)[0].includes('r') ? 's' : 'se', m[0]);
        run.pop();
      }),
      rule(/\\./, 's', '#pop'),
    ],
    generic_interpol: [
      rule(/[^{}!:]+/, (run: PythonRun, m) => run.recurse(m[0])),
      rule(/![asr]/, 'si'),
      rule(/:/, 'si'),
      rule(/\{/, 'si', 'generic_interpol'),
      rule(/\}/, 'si', '#pop'),
    ],
  };
}

/** Rouge's `python` lexer. */
export function createPythonLexer(): LexerDefinition<PythonStrings> {
  return {
    tag: 'python',
    createVars: () => ({ open: [] }),
    states: {
      root: rootRules(),
      funcname: [rule(new RegExp(IDENTIFIER, 'u'), 'nf', '#pop')],
      classname: [rule(new RegExp(IDENTIFIER, 'u'), 'nc', '#pop')],
      ...stringRules(),
    },
  };
}
