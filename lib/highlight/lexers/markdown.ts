import { findRougeLexer } from '../find-lexer.js';
import type { LexingRun } from '../lexing-run.js';
import { groupsRule, mixin, rule, type LexerDefinition, type StateEntry } from '../lexer-definition.js';

/** One escaped character or any other character of the line (Rouge's `edot`). */
const EDOT = String.raw`(?:\\.|[^\\\n])`;
/** The key under which the lexer of the current fenced code block is kept. */
const FENCE = 'fence';

function fencedCodeLexer(run: LexingRun, info: string): { tag: string; cls: string } {
  const name = info.trim();
  const tag = findRougeLexer(name === '' ? 'guess' : name);
  if (tag === null) return { tag: 'plaintext', cls: 'sb' };
  return { tag: run.hasLexer(tag) ? tag : 'plaintext', cls: '' };
}

function lexFenceBody(run: LexingRun, lexer: { tag: string; cls: string }, text: string): void {
  if (lexer.cls !== '') run.token(lexer.cls, text);
  else run.delegate(lexer.tag, text, FENCE);
}

/** Rules for the lines of a fence that has no closing line yet. */
function openFenceRules(fence: string, lexer: { tag: string; cls: string }): StateEntry[] {
  return [
    rule(new RegExp(`^([ \\t]*)(${fence})`), (run: LexingRun, m) => {
      run.pop();
      run.groups(m, '', 'p');
    }),
    rule(/^.*\n/, (run: LexingRun, m) => lexFenceBody(run, lexer, m[0])),
  ];
}

function fencedCodeRule(): StateEntry {
  return rule(/^([ \t]*)(`{3,}|~{3,})([^\n]*\n)(([\s\S]*?)(\n\1)(\2))?/, (run: LexingRun, m) => {
    const lexer = fencedCodeLexer(run, m[3] ?? '');
    run.resetChild(FENCE);
    run.groups(m, '', 'p', 'nl');
    if (m[5] !== undefined) lexFenceBody(run, lexer, m[5]);
    run.token('', m[6] ?? '');
    if (m[7] !== undefined) run.token('p', m[7]);
    else run.pushRules('open fence', openFenceRules(m[2] ?? '', lexer));
  });
}

function rootRules(): StateEntry[] {
  const toHtml = (run: LexingRun, m: RegExpExecArray): void => run.delegate('html', m[0]);
  return [
    rule(/(?<![\s\S])(---\s*\n[\s\S]*?\n?)^(---\s*$\n?)/, (run: LexingRun, m) => run.delegateFresh('yaml', m[0])),
    rule(/\\./, 'se'),
    rule(/^[\S ]+\n(?:---*)\n/, 'gh'),
    rule(/^[\S ]+\n(?:===*)\n/, 'gu'),
    rule(/^#(?=[^#]).*?$/, 'gh'),
    rule(/^##*.*?$/, 'gu'),
    fencedCodeRule(),
    rule(/\n\n((    |\t).*?\n|\n)+/, 'sb'),
    rule(new RegExp(`(\`+)(?:${EDOT}|\\n)+?\\1`), 'sb'),
    rule(/^(\s*[*]){3,}\s*$/, 'p'),
    rule(/^(\s*[-]){3,}\s*$/, 'p'),
    rule(/^\s*[*+-](?=\s)/, 'p'),
    rule(/^\s*\d+\./, 'p'),
    rule(/^\s*>.*?$/, 'gt'),
    rule(new RegExp(`^(\\s*)(\\[)(${EDOT}+?)(\\])(\\s*)(:)`), (run: LexingRun, m) => {
      run.groups(m, '', 'p', 'ss', 'p', '', 'p');
      run.push('title');
      run.push('url');
    }),
    groupsRule(new RegExp(`(!?\\[)(${EDOT}*?|[^\\]]*?)(\\])(?=[\\[(])`), ['p', 'nv', 'p'], 'link'),
    rule(new RegExp(`[*][*]${EDOT}*?[*][*]`), 'gs'),
    rule(new RegExp(`__${EDOT}*?__`), 'gs'),
    rule(new RegExp(`[*]${EDOT}*?[*]`), 'ge'),
    rule(new RegExp(`_${EDOT}*?_`), 'ge'),
    rule(/<.*?@.+[.].+>/, 'nv'),
    rule(new RegExp(`<(https?|mailto|ftp)://${EDOT}*?>`), 'nv'),
    rule(/[^\\`[*\n&<]+/, ''),
    rule(/&\S*;/, toHtml),
    rule(new RegExp(`<${EDOT}*?>`), toHtml),
    rule(/[&<]/, ''),
    rule(/\[/, ''),
    rule(/\n/, ''),
  ];
}

function linkRules() {
  return {
    link: [
      rule(new RegExp(`(\\[)(${EDOT}*?)(\\])`), (run: LexingRun, m) => {
        run.groups(m, 'p', 'ss', 'p');
        run.pop();
      }),
      rule(/[(]/, (run: LexingRun, m) => {
        run.token('p', m[0]);
        run.push('inline_title');
        run.push('inline_url');
      }),
      rule(/[ \t]+/, ''),
      rule(/(?:)/, (run: LexingRun) => run.pop()),
    ],
    url: [
      rule(/[ \t]+/, ''),
      rule(new RegExp(`(<)(${EDOT}*?)(>)`), (run: LexingRun, m) => {
        run.groups(m, 'nt', 'sx', 'nt');
        run.pop();
      }),
      rule(/\S+/, 'sx', '#pop'),
    ],
    title: [
      rule(new RegExp(`"${EDOT}*?"`), 'nn'),
      rule(new RegExp(`'${EDOT}*?'`), 'nn'),
      rule(new RegExp(`[(]${EDOT}*?[)]`), 'nn'),
      rule(/\s*(?=["'()])/, ''),
      rule(/(?:)/, (run: LexingRun) => run.pop()),
    ],
    inline_title: [rule(/[)]/, 'p', '#pop'), mixin('title')],
    inline_url: [rule(/[^<\s)]+/, 'sx', '#pop'), rule(/\s+/, ''), mixin('url')],
  };
}

/** Rouge's `markdown` lexer, handing fenced code to the fence language's lexer and inline HTML to the HTML lexer. */
export function createMarkdownLexer(): LexerDefinition {
  return { tag: 'markdown', states: { root: rootRules(), ...linkRules() } };
}
