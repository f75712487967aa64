import type { LexingRun } from '../lexing-run.js';
import { groupsRule, mixin, rule, type LexerDefinition, type StateEntry } from '../lexer-definition.js';

/** The class Rouge gives a tag argument: quoted strings by quote kind, anything else `otherwise`. */
function quotedOr(text: string | undefined, otherwise: string): string {
  if (text !== undefined && /'[^']*'/.test(text)) return 's1';
  if (text !== undefined && /"[^"]*"/.test(text)) return 's2';
  return otherwise;
}

function resettingPunctuation(run: LexingRun, m: RegExpExecArray): void {
  run.token('p', m[0]);
  run.resetStack();
}

function tagOrBlockRules(): StateEntry[] {
  return [
    rule(/(if|elsif|unless|case)\b/, 'kr', 'condition'),
    rule(/(when)\b/, 'kr', 'when'),
    groupsRule(/(else)(\s*)(-?%\})/, ['kr', 'w', 'p'], '#pop'),
    groupsRule(/(capture|(?:in|de)crement)(\s+)([^\s%]+)(\s*)(-?%\})/, ['nt', 'w', 'nv', 'w', 'p'], '#pop'),
    groupsRule(/(comment)(\s*)(-?%\})/, ['nt', 'w', 'p'], 'comment'),
    groupsRule(/(raw)(\s*)(-?%\})/, ['nt', 'w', 'p'], 'raw'),
    groupsRule(/(end(?:if|unless|case))(\s*)(-?%\})/, ['kr', 'w', 'p'], '#pop'),
    groupsRule(/(end(?:[^\s%]+))(\s*)(-?%\})/, ['nt', 'w', 'p'], '#pop'),
    rule(/(assign|echo)\b/, 'nt', 'assign'),
    rule(/(include|render)\b/, 'nt', 'include'),
    rule(/(cycle)(\s+)(?:([^\s:]*)(\s*)(:))?(\s*)/, (run: LexingRun, m) => {
      run.groups(m, 'nt', 'w', quotedOr(m[3], 'na'), 'w', 'p', 'w');
      run.push('variable_tag_markup');
    }),
    rule(/(for|tablerow)(\s+)([\w-]+)(\s+)(in)(\s+)((?:[^\s%,|'"]|(?:"[^"]*"|'[^']*'))+)(\s*)/, (run: LexingRun, m) => {
      run.groups(m, 'nt', 'w', 'nv', 'w', 'nt', 'w');
      run.token(quotedOr(m[7], 'nv'), m[7] ?? '');
      run.token('w', m[8] ?? '');
      run.push('tag_markup');
    }),
    groupsRule(/([^\s%]+)(\s*)/, ['nt', 'w'], 'tag_markup'),
  ];
}

function markupRules() {
  return {
    end_of_tag: [rule(/-?\}\}/, resettingPunctuation)],
    end_of_block: [rule(/-?%\}/, resettingPunctuation)],
    param_markup: [
      mixin('whitespace'),
      mixin('keyword'),
      mixin('string'),
      mixin('number'),
      groupsRule(/([^\s=:]+)(\s*)(=|:)/, ['na', 'w', 'o']),
      rule(/[,:]/, 'p'),
    ],
    default_param_markup: [mixin('param_markup'), rule(/\S+/, '')],
    variable_param_markup: [mixin('param_markup'), mixin('variable'), rule(/\S+/, '')],
    tag_markup: [rule(/(reversed)\b/, 'na'), mixin('end_of_block'), mixin('default_param_markup')],
    variable_tag_markup: [mixin('end_of_block'), mixin('variable_param_markup')],
    keyword: [rule(/(false|true|nil)\b/, 'kc')],
    variable: [
      rule(/(empty|blank|forloop\.[^\s%}|:]+)\b/, 'nb'),
      rule(/\.(?=\w)|\[|\]/, 'p'),
      rule(/(first|last|size)\b/, 'nf'),
      rule(/[a-zA-Z_][\w-]*\??/, 'nv'),
    ],
    string: [rule(/'[^']*'/, 's1'), rule(/"[^"]*"/, 's2')],
    number: [rule(/-/, 'o'), rule(/\d+\.\d+/, 'mf'), rule(/\d+/, 'mi')],
    generic: [mixin('whitespace'), mixin('keyword'), mixin('string'), mixin('number'), mixin('variable')],
    whitespace: [rule(/[ \t]+/, 'w')],
  };
}

function blockRules() {
  const filter = (next: string | null) =>
    groupsRule(/(\|)(\s*)([a-zA-Z_][^\s%|:]*)/, ['p', 'w', 'nf'], next);
  const closing = (name: string) =>
    rule(new RegExp(`(\\{%-?)(\\s*)(${name})(\\s*)(-?%\\})`), (run: LexingRun, m) => {
      run.groups(m, 'p', 'w', 'nt', 'w', 'p');
      run.resetStack();
    });
  return {
    output: [
      groupsRule(/(\|)(\s*)([a-zA-Z_][^\s}|:]*)/, ['p', 'w', 'nf'], 'filters'),
      mixin('end_of_tag'),
      mixin('generic'),
    ],
    filters: [filter(null), mixin('end_of_tag'), mixin('end_of_block'), mixin('variable_param_markup')],
    condition: [rule(/([=!]=|[<>]=?)/, 'o'), rule(/(and|or|contains)\b/, 'ow'), mixin('end_of_block'), mixin('generic')],
    when: [mixin('end_of_block'), mixin('generic')],
    comment: [rule(/[^{]+/, 'c'), closing('endcomment'), rule(/\{/, 'c')],
    raw: [rule(/[^{]+/, ''), closing('endraw'), rule(/\{/, '')],
    assign: [rule(/=/, 'o'), filter('filters'), mixin('end_of_block'), mixin('generic')],
    include: [
      groupsRule(/(\{\{-?)(\s*)/, ['p', 'w'], 'output_embed'),
      rule(/(with|for)\b/, 'nt'),
      rule(/[/\w-]+(\.[\w-]+)+\b/, ''),
      mixin('variable_tag_markup'),
    ],
    output_embed: [
      groupsRule(/(\|)(\s*)([a-zA-Z_][^\s}|:]*)/, ['p', 'w', 'nf']),
      rule(/-?\}\}/, 'p', '#pop'),
      mixin('variable_param_markup'),
    ],
  };
}

/** Rouge's `liquid` lexer. */
export function createLiquidLexer(): LexerDefinition {
  return {
    tag: 'liquid',
    states: {
      root: [
        rule(/[^{]+/, ''),
        groupsRule(/(\{%-?)(\s*)/, ['p', 'w'], 'tag_or_block'),
        groupsRule(/(\{\{-?)(\s*)/, ['p', 'w'], 'output'),
        rule(/\{/, ''),
      ],
      tag_or_block: tagOrBlockRules(),
      ...markupRules(),
      ...blockRules(),
    },
  };
}
