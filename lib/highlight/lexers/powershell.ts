import type { LexingRun } from '../lexing-run.js';
import { groupsRule, mixin, rule, type LexerDefinition, type StateEntry } from '../lexer-definition.js';

// Rouge's patterns run on Onigmo, where `\s` and `\w` are ASCII only (written here as `[\t-\r ]` and `\w`), but `\b`
// knows Unicode words: letters, marks, decimal digits and connectors. Patterns that end in `\b` spell that boundary
// out (WORD_BOUNDARY, with the `u` flag); patterns that use `\w` under the `i` flag keep JavaScript's non-Unicode
// mode, where `\w` stays ASCII as in Ruby. Patterns whose `.` may take a character beyond the BMP use `u`, so that it
// takes the whole character as Ruby does. Ruby's multi-character case folding (`ß` for `ss` in `class`) is not copied.

const WORD_CHAR = String.raw`[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]`;
const WORD_BOUNDARY = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;

/** CmdletBinding arguments: such words inside `[...]` are pseudo builtins (matched with case). */
const ATTRIBUTES = new Set([
  'ConfirmImpact',
  'DefaultParameterSetName',
  'HelpURI',
  'PositionalBinding',
  'SupportsPaging',
  'SupportsShouldProcess',
]);

/** Automatic variables, tried in this order as prefixes of the text (matched with case). */
const AUTOMATIC_VARIABLES = [
  '$',
  '?',
  '^',
  '_',
  'args',
  'ConsoleFileName',
  'Error',
  'Event',
  'EventArgs',
  'EventSubscriber',
  'ExecutionContext',
  'false',
  'foreach',
  'HOME',
  'Host',
  'input',
  'IsCoreCLR',
  'IsLinux',
  'IsMacOS',
  'IsWindows',
  'LastExitCode',
  'Matches',
  'MyInvocation',
  'NestedPromptLevel',
  'null',
  'PID',
  'PROFILE',
  'PSBoundParameters',
  'PSCmdlet',
  'PSCommandPath',
  'PSCulture',
  'PSDebugContext',
  'PSHOME',
  'PSItem',
  'PSScriptRoot',
  'PSSenderInfo',
  'PSUICulture',
  'PSVersionTable',
  'PWD',
  'REPORTERRORSHOWEXCEPTIONCLASS',
  'REPORTERRORSHOWINNEREXCEPTION',
  'REPORTERRORSHOWSOURCE',
  'REPORTERRORSHOWSTACKTRACE',
  'SENDER',
  'ShellId',
  'StackTrace',
  'switch',
  'this',
  'true',
];

const KEYWORDS =
  'assembly exit process base filter public begin finally return break for sequence catch foreach static class from ' +
  'switch command function throw configuration hidden trap continue if try data in type define inlinescript until do ' +
  'interface using dynamicparam module var else namespace while elseif parallel workflow end param enum private';

const OPERATORS =
  '-split -isplit -csplit -join -is -isnot -as -eq -ieq -ceq -ne -ine -cne -gt -igt -cgt -ge -ige -cge -lt -ilt -clt ' +
  '-le -ile -cle -like -ilike -clike -notlike -inotlike -cnotlike -match -imatch -cmatch -notmatch -inotmatch ' +
  '-cnotmatch -contains -icontains -ccontains -notcontains -inotcontains -cnotcontains -replace -ireplace -creplace ' +
  '-shl -shr -band -bor -bxor -and -or -xor -not += -= *= /= %=';

/** Comment-based help keywords, after a dot inside `<# ... #>`. */
const HELP_KEYWORDS =
  'synopsis description parameter example inputs outputs notes link component role functionality ' +
  'forwardhelptargetname forwardhelpcategory remotehelprunspace externalhelp';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The words as alternatives of a pattern, in their order, each taken literally. */
function alternation(words: string | readonly string[]): string {
  const list = typeof words === 'string' ? words.split(' ') : words;
  return list.map(escapeRegExp).join('|');
}

function variableRules(): StateEntry[] {
  return [
    rule(new RegExp(alternation(AUTOMATIC_VARIABLES.map((name) => `$${name}`))), 'bp'),
    groupsRule(/(\$)(?:(\w+)(:))?(\w+|\{(?:[^`]|`.)+?\})/u, ['nv', 'nn', 'p', 'nv']),
    rule(/\$\w+/, 'nv'),
    rule(/\$\{(?:[^`]|`.)+?\}/u, 'nv'),
  ];
}

function stringRules() {
  return {
    dq: [
      // A `$` (or `$#`) right before the closing quote is part of the string, not a variable.
      rule(/(?:\$#?)?"/, 's2', '#pop'),
      rule(/\$\(/, 'si', 'interpol'),
      rule(/`$/, 'se'),
      rule(/`./u, 'se'),
      rule(/[^"`$]+/, 's2'),
      mixin('variable'),
    ],
    sq: [rule(/'/, 's1', '#pop'), rule(/[^']+/, 's1')],
    heredoc: [
      rule(/(?:\$#?)?"@/, 'sh', '#pop'),
      rule(/\$\(/, 'si', 'interpol'),
      rule(/`$/, 'se'),
      rule(/`./u, 'se'),
      rule(/[^"`$]+?/, 'sh'),
      rule(/"+/, 'sh'),
      mixin('variable'),
    ],
    interpol: [rule(/\)/, 'si', '#pop'), mixin('root')],
  };
}

function expressionRules() {
  return {
    comments: [rule(/[\t-\r ]+/, 'w'), rule(/#.*/, 'c'), rule(/<#/, 'cm', 'multiline')],
    multiline: [
      rule(new RegExp(`\\.(?:${alternation(HELP_KEYWORDS)})`, 'iu'), 'cs'),
      rule(/#>/, 'cm', '#pop'),
      rule(/[^#.]+?/, 'cm'),
      rule(/[#.]+/, 'cm'),
    ],
    expr: [
      mixin('comments'),
      rule(/"/, 's2', 'dq'),
      rule(/'/, 's1', 'sq'),
      rule(/@"/, 'sh', 'heredoc'),
      rule(/@'.*?'@/s, 'sh'),
      rule(/\d*\.\d+/, 'mf'),
      rule(/\d+/, 'mi'),
      rule(/@\{/, 'p', 'hasht'),
      rule(/@\(/, 'p', 'array'),
      rule(/\{/, 'p', 'brace'),
      rule(/\[/, 'p', 'bracket'),
    ],
    hasht: [
      rule(/\}/, 'p', '#pop'),
      rule(/=/, 'o'),
      rule(/[,;]/, 'p'),
      mixin('expr'),
      rule(/\w+/, 'nx'),
      mixin('variable'),
    ],
    array: [
      rule(/[\t-\r ]+/, 'w'),
      rule(/\)/, 'p', '#pop'),
      rule(/[,;]/, 'p'),
      mixin('expr'),
      mixin('variable'),
    ],
    brace: [rule(/\}/, 'p', '#pop'), mixin('root')],
    bracket: [
      rule(/\]/, 'p', '#pop'),
      rule(/[A-Za-z]\w+\./, 'n'),
      rule(/[A-Za-z]\w+/, (run: LexingRun, m) => run.token(ATTRIBUTES.has(m[0]) ? 'bp' : 'n', m[0])),
      mixin('root'),
    ],
    class: [rule(/\{/, 'p', '#pop'), rule(/[\t-\r ]+/, 'w'), rule(/\w+/, 'nc'), rule(/[:,]/, 'p')],
    parameters: [
      rule(/`./su, 'se'),
      rule(/[\t-\r ]*?\n/, 'w', '#pop'),
      rule(/[;(){}\]]/, 'p', '#pop'),
      rule(/[|=]/, 'o', '#pop'),
      rule(/[/\\~\w][-.:/\\~\w]*/, 'nx'),
      rule(/\w[-\w]+/, 'nx'),
      mixin('root'),
    ],
  };
}

function rootRules(): StateEntry[] {
  return [
    mixin('comments'),
    rule(/#requires[\t-\r ]-version \d(?:\.\d+)?/, 'cp'),
    rule(/\.\.(?=\.?\d)/, 'o'),
    rule(new RegExp(`(?:${alternation(OPERATORS)})${WORD_BOUNDARY}`, 'iu'), 'o'),
    // Ruby's `i` flag lets the long s stand for an s (JavaScript's, without `u`, does not).
    groupsRule(/(cla[s\u017f][s\u017f])([\t-\r ]+)(\w+)/i, ['kr', 'w', 'nc'], 'class'),
    groupsRule(/(function)([\t-\r ]+)(?:(\w+)(:))?(\w[-\w]+)/i, ['kr', 'w', 'nn', 'p', 'nf']),
    rule(new RegExp(`(?:${alternation(KEYWORDS)})${WORD_BOUNDARY}(?![-.])`, 'iu'), 'kr'),
    rule(/-{1,2}\w+/, 'nt'),
    groupsRule(/(\.)?([-\w]+)(\[)/, ['o', 'n', 'p'], 'bracket'),
    // Under Ruby's `i` flag, `[a-z]` also takes the long s and the Kelvin sign (they fold to s and k).
    groupsRule(/([/\\~a-z\u017f\u212a][-.:/\\~\w]*)(\n)?/i, ['n', 'w'], 'parameters'),
    rule(/(\.)([-\w]+)(?:(\()|(\n))?/, (run: LexingRun, m) => {
      run.groups(m, 'o', 'nf', 'p', 'w');
      if (m[3] !== undefined) run.push('parameters');
    }),
    rule(/\?/, 'nf', 'parameters'),
    mixin('expr'),
    mixin('variable'),
    rule(/[-+*/%=!.&|]/, 'o'),
    rule(/[{}(),:;]/, 'p'),
  ];
}

/** Rouge's `powershell` lexer (posh, microsoftshell, msshell). */
export function createPowershellLexer(): LexerDefinition {
  return {
    tag: 'powershell',
    states: {
      variable: variableRules(),
      ...stringRules(),
      ...expressionRules(),
      root: rootRules(),
    },
  };
}
