import type { LexingRun } from '../lexing-run.js';
import { groupsRule, mixin, rule, type LexerDefinition, type StateEntry } from '../lexer-definition.js';

/** Heredocs opened on the current line, waiting for their bodies: [allows indented terminator, terminator]. */
interface RubyHeredocs {
  queue: [boolean, string][];
}

type RubyRun = LexingRun<RubyHeredocs>;

const KEYWORDS = String.raw`BEGIN END alias begin break case defined\? do else elsif end ensure for if in next redo rescue raise retry return super then undef unless until when while yield`;
const KEYWORDS_PSEUDO = 'loop include extend raise alias_method attr catch throw private module_function public protected true false nil __FILE__ __LINE__';
const BUILTINS_GLOBAL =
  String.raw`attr_reader attr_writer attr_accessor __id__ __send__ abort ancestors at_exit autoload binding callcc ` +
  String.raw`caller catch chomp chop class_eval class_variables clone const_defined\? const_get const_missing const_set constants ` +
  'display dup eval exec exit extend fail fork format freeze getc gets global_variables gsub hash id included_modules ' +
  'inspect instance_eval instance_method instance_methods instance_variable_get instance_variable_set instance_variables ' +
  'lambda load local_variables loop method method_missing methods module_eval name object_id open p print printf ' +
  'private_class_method private_instance_methods private_methods proc protected_instance_methods protected_methods ' +
  'public_class_method public_instance_methods public_methods putc puts raise rand readline readlines require ' +
  'require_relative scan select self send set_trace_func singleton_methods sleep split sprintf srand sub syscall system ' +
  'taint test throw to_a to_s trace_var trap untaint untrace_var warn';
const BUILTINS_QUESTION =
  'autoload block_given const_defined eql equal frozen include instance_of is_a iterator kind_of method_defined nil ' +
  'private_method_defined protected_method_defined public_method_defined respond_to tainted';
const BUILTINS_BANG = 'chomp chop exit gsub sub';

function alternation(words: string): string {
  return words.split(' ').join('|');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

const CLOSING_DELIMITERS: Readonly<Record<string, string>> = { '{': '}', '[': ']', '(': ')', '<': '>' };

/** The rules inside a `%q(...)`-style literal, as Rouge builds them for each delimiter. */
function sigilStringRules(open: string, close: string, interpolates: boolean, cls: string): StateEntry[] {
  const openRe = escapeRegExp(open);
  const closeRe = escapeRegExp(close);
  const special = open === close ? openRe : openRe + closeRe;
  const entries: StateEntry[] = [rule(new RegExp(`\\\\[#${special}\\\\]`), 'se')];
  if (open !== close) {
    entries.push(
      rule(new RegExp(openRe), (run: RubyRun, m) => {
        run.token(cls, m[0]);
        run.moveTo('#push');
      }),
    );
  }
  entries.push(rule(new RegExp(closeRe), cls, '#pop'));
  if (interpolates) entries.push(mixin('string_intp_escaped'), rule(/#/, cls));
  else entries.push(rule(/[\\#]/, cls));
  entries.push(rule(new RegExp(`[^#${special}\\\\]+`), cls));
  return entries;
}

function sigilStrings(): StateEntry[] {
  const made = new Map<string, StateEntry[]>();
  return [
    rule(/%([rqswQWxiI])?([^\w\s])/, (run: RubyRun, m) => {
      const kind = m[1] ?? '';
      const open = m[2] ?? '';
      const close = CLOSING_DELIMITERS[open] ?? open;
      const cls = kind === 'r' ? 'sr' : 'sx';
      if (kind === 'r') run.push('regex_flags');
      run.token(cls, m[0]);
      const key = `${kind}${open}`;
      let entries = made.get(key);
      if (entries === undefined) {
        entries = sigilStringRules(open, close, /[rQWxI]/.test(kind), cls);
        made.set(key, entries);
      }
      run.pushRules(`sigil ${key}`, entries);
    }),
  ];
}

function simpleStringState(cls: string, end: string): StateEntry[] {
  return [
    mixin('string_intp_escaped'),
    rule(new RegExp(`[^\\\\${end}#]+`), cls),
    rule(/[\\#]/, cls),
    rule(new RegExp(end), cls, '#pop'),
  ];
}

function heredocRules() {
  const queueHeredoc = (run: RubyRun, operator: string, quoted: string, name: string): void => {
    run.token('o', operator);
    run.token('no', quoted);
    run.vars.queue.push([operator === '<<-' || operator === '<<~', name]);
    if (!run.isState('heredoc_queue')) run.push('heredoc_queue');
  };
  return {
    has_heredocs: [
      rule(/(?<!\w)(<<[-~]?)(["`']?)([a-zA-Z_]\w*)(\2)/, (run: RubyRun, m) =>
        queueHeredoc(run, m[1] ?? '', `${m[2] ?? ''}${m[3] ?? ''}${m[4] ?? ''}`, m[3] ?? ''),
      ),
      rule(/(<<[-~]?)(["'])(\2)/, (run: RubyRun, m) => queueHeredoc(run, m[1] ?? '', `${m[2] ?? ''}${m[3] ?? ''}`, '')),
    ],
    heredoc_queue: [rule(/(?=\n)/, (run: RubyRun) => run.goto('resolve_heredocs')), mixin('root')],
    resolve_heredocs: [
      mixin('string_intp_escaped'),
      rule(/\n/, 'sh', 'test_heredoc'),
      rule(/[#\\\n]/, 'sh'),
      rule(/[^#\\\n]+/, 'sh'),
    ],
    test_heredoc: [
      rule(/[^#\\\n]*$/, (run: RubyRun, m) => {
        const [tolerant, name] = run.vars.queue[0] ?? [false, ''];
        const check = tolerant ? m[0].trim() : m[0].trimEnd();
        if (check === name) {
          run.vars.queue.shift();
          if (run.vars.queue.length === 0) run.pop();
          run.token('no', m[0]);
        } else {
          run.token('sh', m[0]);
        }
        run.pop();
      }),
      rule(/(?:)/, (run: RubyRun) => run.pop()),
    ],
  };
}

function literalRules() {
  return {
    symbols: [
      rule(/:@{0,2}[a-z_]\w*[!?]?/i, 'ss'),
      rule(/:(?:\*\*|[-+]@|[/%&|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?)/, 'ss'),
      rule(/:'(\\\\|\\'|[^'])*'/, 'ss'),
      rule(/:"/, 'ss', 'simple_sym'),
    ],
    sigil_strings: sigilStrings(),
    strings: [
      mixin('symbols'),
      rule(/\b[a-z_]\w*?[?!]?:\s+/, 'ss', 'expr_start'),
      rule(/'(\\\\|\\'|[^'])*'/, 's1'),
      rule(/"/, 's2', 'simple_string'),
      rule(/(?<!\.)`/, 'sb', 'simple_backtick'),
    ],
    regex_flags: [rule(/[mixounse]*/, 'sr', '#pop')],
    simple_string: simpleStringState('s2', '"'),
    simple_sym: simpleStringState('ss', '"'),
    simple_backtick: simpleStringState('sb', '`'),
    in_interp: [rule(/\}/, 'si', '#pop'), mixin('root')],
    string_intp: [rule(/[#][{]/, 'si', 'in_interp'), rule(/#(@@?|\$)[a-z_]\w*/i, 'si')],
    string_intp_escaped: [
      mixin('string_intp'),
      rule(/\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})/, 'se'),
      rule(/\\./, 'se'),
    ],
    slash_regex: [
      mixin('string_intp'),
      rule(/\\\\/, 'sr'),
      rule(/\\\//, 'sr'),
      rule(/[\\#]/, 'sr'),
      rule(/[^\\/#]+/, 'sr'),
      rule(/\//, (run: RubyRun, m) => {
        run.token('sr', m[0]);
        run.goto('regex_flags');
      }),
    ],
  };
}

function rootRules(): StateEntry[] {
  const decimal = String.raw`[\d]+(?:_\d+)*`;
  const exponent = String.raw`[eE][+-]?\d+`;
  return [
    mixin('whitespace'),
    rule(/__END__/, 'cp', 'end_part'),
    rule(/0_?[0-7]+(?:_[0-7]+)*/, 'mo'),
    rule(/0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*/, 'mh'),
    rule(/0b[01]+(?:_[01]+)*/, 'mb'),
    rule(new RegExp(`${decimal}(?:\\.${decimal}(?:${exponent})?|${exponent})`), 'mf'),
    rule(new RegExp(decimal), 'mi'),
    rule(/@@[a-z_]\w*/i, 'vc'),
    rule(/@[a-z_]\w*/i, 'vi'),
    rule(/\$\w+/, 'vg'),
    rule(/\$[!@&`'+~=/\\,;.<>_*$?:"]/, 'vg'),
    rule(/\$-[0adFiIlpvw]/, 'vg'),
    rule(/::/, 'o'),
    mixin('strings'),
    rule(new RegExp(`(?:${alternation(KEYWORDS)})(?=\\W|$)`), 'k', 'expr_start'),
    rule(new RegExp(`(?:${alternation(KEYWORDS_PSEUDO)})\\b`), 'kp', 'expr_start'),
    groupsRule(/(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)/, ['k', '', 'nn']),
    groupsRule(/(def\b)(\s*)/, ['k', ''], 'funcname'),
    groupsRule(/(class\b)(\s*)/, ['k', ''], 'classname'),
    rule(new RegExp(`(?:${alternation(BUILTINS_QUESTION)})[?]`), 'nb', 'expr_start'),
    rule(new RegExp(`(?:${alternation(BUILTINS_BANG)})!`), 'nb', 'expr_start'),
    rule(new RegExp(`(?<!\\.)(?:${alternation(BUILTINS_GLOBAL)})\\b`), 'nb', 'method_call'),
    mixin('has_heredocs'),
    rule(/\.{2,3}/, 'o', 'expr_start'),
    rule(/[A-Z][a-zA-Z0-9_]*/, 'no', 'method_call'),
    groupsRule(/(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+\-/[<>=])/, ['p', '', 'nf'], 'method_call'),
    rule(/[a-zA-Z_]\w*[?!]/, 'n', 'expr_start'),
    rule(/[a-zA-Z_]\w*/, 'n', 'method_call'),
    rule(/\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\./, 'o', 'expr_start'),
    rule(/[-+/*%=<>&!^|~]=?/, 'o', 'expr_start'),
    rule(/[?]/, (run: RubyRun, m) => {
      run.token('p', m[0]);
      run.push('ternary');
      run.push('expr_start');
    }),
    rule(/[[({,:\\;/]/, 'p', 'expr_start'),
    rule(/[\])}]/, 'p'),
  ];
}

function contextRules() {
  return {
    whitespace: [
      mixin('inline_whitespace'),
      rule(/\n\s*/, '', 'expr_start'),
      rule(/#.*$/, 'c1'),
      rule(/=begin\b[\s\S]*?\n=end\b/, 'cm'),
    ],
    inline_whitespace: [rule(/[ \t\r]+/, '')],
    funcname: [
      rule(/\s+/, ''),
      rule(/\(/, 'p', 'defexpr'),
      rule(/(?:([a-zA-Z_]\w*)(\.))?([a-zA-Z_]\w*[!?]?|\*\*?|[-+]@?|[/%&|^`~]|\[\]=?|<<?|>>?|<=>?|>=|===?)/, (run: RubyRun, m) => {
        run.groups(m, 'nc', 'o', 'nf');
        run.pop();
      }),
      rule(/(?:)/, (run: RubyRun) => run.pop()),
    ],
    classname: [
      rule(/\s+/, ''),
      rule(/\w+(::\w+)+/, 'nc'),
      rule(/\(/, (run: RubyRun, m) => {
        run.token('p', m[0]);
        run.push('defexpr');
        run.push('expr_start');
      }),
      rule(/<</, (run: RubyRun, m) => {
        run.token('o', m[0]);
        run.goto('expr_start');
      }),
      rule(/[A-Z_]\w*/, 'nc', '#pop'),
      rule(/(?:)/, (run: RubyRun) => run.pop()),
    ],
    ternary: [
      rule(/(:)(\s+)/, (run: RubyRun, m) => {
        run.groups(m, 'p', '');
        run.goto('expr_start');
      }),
      rule(/:(?![^#\n]*?[:\\])/, (run: RubyRun, m) => {
        run.token('p', m[0]);
        run.goto('expr_start');
      }),
      mixin('root'),
    ],
    defexpr: [
      rule(/(\))(\.|::)?/, (run: RubyRun, m) => {
        run.groups(m, 'p', 'o');
        run.pop();
      }),
      rule(/\(/, (run: RubyRun, m) => {
        run.token('p', m[0]);
        run.push('defexpr');
        run.push('expr_start');
      }),
      mixin('root'),
    ],
    method_call: [
      rule(/\/|%/, (run: RubyRun, m) => {
        run.token('o', m[0]);
        run.goto('expr_start');
      }),
      rule(/(?=\n)/, (run: RubyRun) => run.pop()),
      rule(/(?:)/, (run: RubyRun) => run.goto('method_call_spaced')),
    ],
    method_call_spaced: [
      mixin('whitespace'),
      rule(/[%/]=/, (run: RubyRun, m) => {
        run.token('o', m[0]);
        run.goto('expr_start');
      }),
      rule(/(\/)(?=\S|\s*\/)/, (run: RubyRun, m) => {
        run.token('sr', m[0]);
        run.goto('slash_regex');
      }),
      mixin('sigil_strings'),
      rule(/(?=\s*\/)/, (run: RubyRun) => run.pop()),
      rule(/\s+/, (run: RubyRun, m) => {
        run.token('', m[0]);
        run.goto('expr_start');
      }),
      rule(/(?:)/, (run: RubyRun) => run.pop()),
    ],
    expr_start: [
      mixin('inline_whitespace'),
      rule(/\//, (run: RubyRun, m) => {
        run.token('sr', m[0]);
        run.goto('slash_regex');
      }),
      rule(/[?](\\[MC]-)*(\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)(?!\w)/, 'sc', '#pop'),
      rule(/(\s*)(%[rqswQWxiI]? \S* )/, (run: RubyRun, m) => {
        run.groups(m, '', 'sx');
        run.pop();
      }),
      mixin('sigil_strings'),
      rule(/(?:)/, (run: RubyRun) => run.pop()),
    ],
    end_part: [rule(/[\s\S]+/, 'cp', '#pop')],
  };
}

/** Rouge's `ruby` lexer. */
export function createRubyLexer(): LexerDefinition<RubyHeredocs> {
  return {
    tag: 'ruby',
    createVars: () => ({ queue: [] }),
    start: (run) => run.push('expr_start'),
    states: { ...literalRules(), ...heredocRules(), ...contextRules(), root: rootRules() },
  };
}
