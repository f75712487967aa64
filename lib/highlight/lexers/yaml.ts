import type { LexingRun } from '../lexing-run.js';
import { mixin, rule, type LexerDefinition } from '../lexer-definition.js';

/** Rouge's YAML lexer tracks block indentation in instance variables; these are they. */
interface YamlIndentation {
  stack: number[];
  next: number;
  blockScalarIndent: number | null;
}

type YamlRun = LexingRun<YamlIndentation>;

function resetIndent(run: YamlRun): void {
  run.vars.stack = [0];
  run.vars.next = 0;
  run.vars.blockScalarIndent = null;
}

function currentIndent(run: YamlRun): number {
  return run.vars.stack[run.vars.stack.length - 1] ?? 0;
}

/** Records a line's indentation; returns [indent text, text beyond a dedent that matches no open level]. */
function saveIndent(run: YamlRun, spaces: string): [string, string] {
  run.vars.next = spaces.length;
  if (run.vars.next >= currentIndent(run)) return [spaces, ''];
  while (run.vars.next < currentIndent(run)) run.vars.stack.pop();
  const level = currentIndent(run);
  return [spaces.slice(0, level), spaces.slice(level)];
}

function setIndent(run: YamlRun, text: string, implicit: boolean): void {
  if (currentIndent(run) < run.vars.next) run.vars.stack.push(run.vars.next);
  if (!implicit) run.vars.next += text.length;
}

const PLAIN_SCALAR_START = String.raw`[^ \t\n\r\f\v?:,\[\]{}#&*!|>'"%@\x60]`;

function lineStateRules() {
  return {
    root: [
      mixin('basic'),
      rule(/\n+/, ''),
      rule(/[ ]+(?=#|$)/, ''),
      rule(/^%YAML\b/, (run: YamlRun) => {
        run.token('nt', '%YAML');
        resetIndent(run);
        run.push('yaml_directive');
      }),
      rule(/^%TAG\b/, (run: YamlRun) => {
        run.token('nt', '%TAG');
        resetIndent(run);
        run.push('tag_directive');
      }),
      rule(/^(?:---|\.\.\.)(?= |$)/, (run: YamlRun, m) => {
        run.token('nn', m[0]);
        resetIndent(run);
        run.push('block_line');
      }),
      rule(/[ ]*(?!\s|$)/, (run: YamlRun, m) => {
        const [text, beyond] = saveIndent(run, m[0]);
        run.token('', text);
        run.token('err', beyond);
        run.push('block_line');
        run.push('indentation');
      }),
    ],
    indentation: [
      rule(/\s*?\n/, (run: YamlRun, m) => {
        run.token('', m[0]);
        run.pop(2);
      }),
      rule(/[ ]+(?=[-:?](?:[ ]|$))/, (run: YamlRun, m) => {
        run.token('', m[0]);
        run.vars.next += m[0].length;
      }),
      rule(/[?:-](?=[ ]|$)/, (run: YamlRun, m) => {
        setIndent(run, m[0], false);
        run.token('pi', m[0]);
      }),
      rule(/[ ]*/, (run: YamlRun, m) => {
        run.token('', m[0]);
        run.vars.next += m[0].length;
        run.pop();
      }),
    ],
    block_line: [
      rule(/[ ]*(?=#|$)/, '', '#pop'),
      rule(/[ ]+/, ''),
      mixin('descriptors'),
      mixin('block_nodes'),
      mixin('flow_nodes'),
      rule(new RegExp(`(?=${PLAIN_SCALAR_START}|[?:-][^ \\t\\n\\r\\f\\v])`), (run: YamlRun) => {
        run.push('plain_scalar_in_block_context');
      }),
    ],
  };
}

function nodeStateRules() {
  return {
    basic: [rule(/#.*$/, 'c1')],
    descriptors: [
      rule(/!<[0-9A-Za-z;/?:@&=+$,_.!~*'()[\]%-]+>/, 'kt'),
      rule(/(?:![\w-]+)?!(?:[\w;/?:@&=+$,.!~*'()[\]%-]*)/, 'kt'),
      rule(/&[\p{L}\p{Nl}\p{Nd}_-]+/u, 'nl'),
      rule(/\*[\p{L}\p{Nl}\p{Nd}_-]+/u, 'nv'),
    ],
    block_nodes: [
      rule(/([^#,:?[\]{}"'\n]+)(:)(?=\s|$)/, (run: YamlRun, m) => {
        run.groups(m, 'na', 'pi');
        setIndent(run, m[0], true);
      }),
      rule(/[|>][+-]?/, (run: YamlRun, m) => {
        run.token('pi', m[0]);
        run.push('block_scalar_content');
        run.push('block_scalar_header');
      }),
    ],
    flow_nodes: [
      rule(/\[/, 'pi', 'flow_sequence'),
      rule(/\{/, 'pi', 'flow_mapping'),
      rule(/'/, 's1', 'single_quoted_scalar'),
      rule(/"/, 's2', 'double_quoted_scalar'),
    ],
    flow_collection: [
      rule(/\s+/, ''),
      mixin('basic'),
      rule(/[?:,]/, 'pi'),
      mixin('descriptors'),
      mixin('flow_nodes'),
      rule(new RegExp(`(?=${PLAIN_SCALAR_START})`), (run: YamlRun) => run.push('plain_scalar_in_flow_context')),
    ],
    flow_sequence: [rule(/\]/, 'pi', '#pop'), mixin('flow_collection')],
    flow_mapping: [rule(/\}/, 'pi', '#pop'), mixin('flow_collection')],
  };
}

function scalarStateRules() {
  return {
    block_scalar_content: [
      rule(/\n+/, ''),
      rule(/^[ ]+$/, (run: YamlRun, m) => {
        const mark = run.vars.blockScalarIndent ?? m[0].length;
        run.token('', m[0].slice(0, mark));
        run.token('no', m[0].slice(mark));
      }),
      rule(/^[ ]*/, (run: YamlRun, m) => {
        run.token('', m[0]);
        const dedentLevel = run.vars.blockScalarIndent ?? currentIndent(run);
        run.vars.blockScalarIndent ??= m[0].length;
        if (m[0].length < dedentLevel) {
          saveIndent(run, m[0]);
          run.pop();
          run.push('indentation');
        }
      }),
      rule(/[^\n\r\f\v]+/, 's'),
    ],
    block_scalar_header: [
      rule(/(([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$)/, (run: YamlRun, m) => {
        run.vars.blockScalarIndent = null;
        run.goto('ignored_line');
        if (m[0] === '') return;
        const increment = m[2] ?? m[3];
        if (increment !== undefined) run.vars.blockScalarIndent = currentIndent(run) + Number(increment);
        run.token('pi', m[0]);
      }),
    ],
    ignored_line: [mixin('basic'), rule(/[ ]+/, ''), rule(/\n/, '', '#pop')],
    quoted_scalar_whitespaces: [rule(/^[ ]+/, ''), rule(/[ ]+$/, ''), rule(/\n+/, ''), rule(/[ ]+/, 'nv')],
    single_quoted_scalar: [
      mixin('quoted_scalar_whitespaces'),
      rule(/\\'/, 'se'),
      rule(/'/, 's', '#pop'),
      rule(/[^\s']+/, 's'),
    ],
    double_quoted_scalar: [
      rule(/"/, 's', '#pop'),
      mixin('quoted_scalar_whitespaces'),
      rule(/\\[0abt\tn\nvfre "\\N_LP]/, 'se'),
      rule(/\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/, 'se'),
      rule(/[^ \t\n\r\f\v"\\]+/, 's'),
    ],
  };
}

function plainScalarStateRules() {
  return {
    plain_scalar_in_block_context_new_line: [
      rule(/^[ ]+\n/, ''),
      rule(/\n+/, ''),
      rule(/^(?=---|\.\.\.)/, (run: YamlRun) => run.pop(3)),
      rule(/^[ ]*/, (run: YamlRun, m) => {
        run.token('', m[0]);
        run.pop();
        if (m[0].length <= currentIndent(run)) {
          run.pop();
          saveIndent(run, m[0]);
          run.push('indentation');
        }
      }),
    ],
    plain_scalar_in_block_context: [
      rule(/[ ]*(?=:[ \n]|:$)/, '', '#pop'),
      rule(/[ ]*:\S+/, 's'),
      rule(/[ ]+(?=#)/, '', '#pop'),
      rule(/[ ]+$/, ''),
      rule(/\n+/, '', 'plain_scalar_in_block_context_new_line'),
      rule(/[ ]+/, 's'),
      rule(/true|false|null/, 'no'),
      rule(/\d+(?:\.\d+)?(?=(\r?\n)| +#)/, 'm', '#pop'),
      rule(/[^\s:]+/, 's'),
    ],
    plain_scalar_in_flow_context: [
      rule(/[ ]*(?=[,:?[\]{}])/, '', '#pop'),
      rule(/[ ]+(?=#)/, '', '#pop'),
      rule(/^[ ]+/, ''),
      rule(/[ ]+$/, ''),
      rule(/\n+/, ''),
      rule(/[ ]+/, 'nv'),
      rule(/[^\s,:?[\]{}]+/, 'nv'),
    ],
    yaml_directive: [
      rule(/([ ]+)(\d+\.\d+)/, (run: YamlRun, m) => {
        run.groups(m, '', 'm');
        run.goto('ignored_line');
      }),
    ],
    tag_directive: [
      rule(/([ ]+)(!|![\w-]*!)([ ]+)(!|!?[\w;/?:@&=+$,.!~*'()[\]%-]+)/, (run: YamlRun, m) => {
        run.groups(m, '', 'kt', '', 'kt');
        run.goto('ignored_line');
      }),
    ],
  };
}

/** Rouge's `yaml` lexer, with its indentation tracking. */
export function createYamlLexer(): LexerDefinition<YamlIndentation> {
  return {
    tag: 'yaml',
    createVars: () => ({ stack: [0], next: 0, blockScalarIndent: null }),
    states: { ...lineStateRules(), ...nodeStateRules(), ...scalarStateRules(), ...plainScalarStateRules() },
  };
}
