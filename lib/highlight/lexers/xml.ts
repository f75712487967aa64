import { rule, type LexerDefinition } from '../lexer-definition.js';

/** Rouge's `xml` lexer. */
export function createXmlLexer(): LexerDefinition {
  return {
    tag: 'xml',
    states: {
      root: [
        rule(/[^<&]+/, ''),
        rule(/&\S*?;/, 'ni'),
        rule(/<!\[CDATA\[.*?\]\]>/, 'cp'),
        rule(/<!--/, 'c', 'comment'),
        rule(/<\?.*?\?>/, 'cp'),
        rule(/<![^>]*>/, 'cp'),
        rule(/<\s*[\p{L}:_][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·-]*/u, 'nt', 'tag'),
        rule(/<\s*\/\s*[\p{L}:_][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·-]*\s*>/u, 'nt'),
      ],
      comment: [rule(/[^-]+/, 'c'), rule(/-->/, 'c', '#pop'), rule(/-/, 'c')],
      tag: [
        rule(/\s+/, ''),
        rule(/[\p{L}:_][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·-]*\s*=/u, 'na', 'attr'),
        rule(/\/?\s*>/, 'nt', '#pop'),
      ],
      attr: [rule(/\s+/, ''), rule(/".*?"|'.*?'|[^\s>]+/s, 's', '#pop')],
    },
  };
}
