import type { LexingRun } from '../lexing-run.js';
import { rule, type LexerDefinition } from '../lexer-definition.js';
import { ROUGE_LEXERS } from '../rouge-lexer-table.js';

/** The Content-Type of the message, as far as the headers read so far tell (Rouge starts from text/plain). */
interface HttpMessage {
  contentType: string;
}

type HttpRun = LexingRun<HttpMessage>;

/**
 * The lexer that declares a media type, by type: Rouge picks the body's lexer by the lower-cased Content-Type, so
 * only the lower-case ones can ever be chosen. No media type belongs to two lexers.
 */
const LEXER_BY_MEDIA_TYPE: ReadonlyMap<string, string> = new Map(
  ROUGE_LEXERS.flatMap((lexer) => lexer.mimetypes.map((type): [string, string] => [type, lexer.tag])),
);

/** The lexer for a media type; plain text when no lexer declares it. */
function bodyLexerFor(mediaType: string): string {
  return LEXER_BY_MEDIA_TYPE.get(mediaType) ?? 'plaintext';
}

/** Ruby's `\s` (ASCII white space only), as class contents. */
const SPACE = String.raw`\t\n\v\f\r `;

const METHODS = 'GET|POST|PUT|DELETE|HEAD|OPTIONS|TRACE|PATCH';
const LINE_END = String.raw`(\r?\n|$)`;

/** Method, path and protocol version. */
const REQUEST_LINE = new RegExp(String.raw`(${METHODS})( +)([^ ]+)( +)(HTTPS?)(\/)(\d(?:\.\d)?)${LINE_END}`);
/** Protocol version, status code and reason. */
const STATUS_LINE = new RegExp(String.raw`(HTTPS?)(\/)(\d(?:\.\d))( +)(\d{3})( +)?([^\r\n]*)?${LINE_END}`);
const HEADER = new RegExp(String.raw`([^${SPACE}:]+)( *)(:)( *)([^\r\n]+)${LINE_END}`);

/** Rouge's `http` lexer: request or status line, headers, then the body in the lexer its Content-Type names. */
export function createHttpLexer(): LexerDefinition<HttpMessage> {
  return {
    tag: 'http',
    createVars: () => ({ contentType: 'text/plain' }),
    states: {
      root: [
        rule(REQUEST_LINE, (run: HttpRun, m) => {
          run.groups(m, 'nf', '', 'nn', '', 'k', 'o', 'm', '');
          run.push('headers');
        }),
        rule(STATUS_LINE, (run: HttpRun, m) => {
          run.groups(m, 'k', 'o', 'm', '', 'm', '', 'ne', '');
          run.push('headers');
        }),
      ],
      headers: [
        rule(HEADER, (run: HttpRun, m) => {
          // Only ASCII letters fold here, as with Ruby's casecmp.
          if (/^content-type$/i.test(m[1] ?? '')) {
            run.vars.contentType = (m[5] ?? '').split(';')[0]?.toLowerCase() ?? '';
          }
          run.groups(m, 'na', '', 'p', '', 's', '');
        }),
        rule(new RegExp(String.raw`([^\r\n]+)${LINE_END}`), (run: HttpRun, m) => run.groups(m, 's', '')),
        rule(/\r?\n/, '', 'content'),
      ],
      // Rouge hands the whole body to a new lexer, chosen when the body is reached.
      content: [
        rule(/[\s\S]+/, (run: HttpRun, m) => run.delegateFresh(bodyLexerFor(run.vars.contentType), m[0])),
      ],
    },
  };
}
