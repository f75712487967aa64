import type { LexingRun } from '../lexing-run.js';
import { mixin, rule, type LexerDefinition } from '../lexer-definition.js';

const TAG_NAME = String.raw`[\p{L}:_-][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·-]*`;

function embedded(tag: string) {
  return (run: LexingRun, m: RegExpExecArray): void => run.delegate(tag, m[0]);
}

function openEmbedding(tag: string, content: string) {
  return (run: LexingRun, m: RegExpExecArray): void => {
    run.token('nt', m[0]);
    run.resetChild(tag);
    run.push(content);
    run.push('tag');
  };
}

/** Rouge's `html` lexer, handing `<script>` to the JavaScript lexer and `<style>` to the CSS lexer. */
export function createHtmlLexer(): LexerDefinition {
  return {
    tag: 'html',
    states: {
      root: [
        rule(/[^<&]+/, ''),
        rule(/&\S*?;/, 'ni'),
        rule(/<!DOCTYPE .*?>/is, 'cp'),
        rule(/<!\[CDATA\[.*?\]\]>/s, 'cp'),
        rule(/<!--/, 'c', 'comment'),
        rule(/<\?.*?\?>/s, 'cp'),
        rule(/<\s*script\s*/, openEmbedding('javascript', 'script_content')),
        rule(/<\s*style\s*/, openEmbedding('css', 'style_content')),
        rule(/<\//, 'nt', 'tag_end'),
        rule(/</, 'nt', 'tag_start'),
      ],
      tag_end: [
        mixin('tag_end_end'),
        rule(new RegExp(TAG_NAME, 'u'), (run: LexingRun, m) => {
          run.token('nt', m[0]);
          run.goto('tag_end_end');
        }),
      ],
      tag_end_end: [rule(/\s+/, ''), rule(/>/, 'nt', '#pop')],
      tag_start: [
        rule(/\s+/, ''),
        rule(new RegExp(TAG_NAME, 'u'), (run: LexingRun, m) => {
          run.token('nt', m[0]);
          run.goto('tag');
        }),
        rule(/(?:)/, (run: LexingRun) => run.goto('tag')),
      ],
      comment: [rule(/[^-]+/, 'c'), rule(/-->/, 'c', '#pop'), rule(/-/, 'c')],
      tag: [
        rule(/\s+/, ''),
        rule(/[\p{L}:_[\]()*.-][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·[\]()*-]*\s*=\s*/u, 'na', 'attr'),
        rule(/[\p{L}:_*#-][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·*#-]*/u, 'na'),
        rule(/\/?\s*>/, 'nt', '#pop'),
      ],
      attr: [
        rule(/"/, (run: LexingRun, m) => {
          run.token('s', m[0]);
          run.goto('dq');
        }),
        rule(/'/, (run: LexingRun, m) => {
          run.token('s', m[0]);
          run.goto('sq');
        }),
        rule(/[^\s>]+/, 's', '#pop'),
      ],
      dq: [rule(/"/, 's', '#pop'), rule(/[^"]+/, 's')],
      sq: [rule(/'/, 's', '#pop'), rule(/[^']+/, 's')],
      script_content: [
        rule(/[^<]+/, embedded('javascript')),
        rule(/<\s*\/\s*script\s*>/, 'nt', '#pop'),
        rule(/</, embedded('javascript')),
      ],
      style_content: [
        rule(/[^<]+/, embedded('css')),
        rule(/<\s*\/\s*style\s*>/, 'nt', '#pop'),
        rule(/</, embedded('css')),
      ],
    },
  };
}
