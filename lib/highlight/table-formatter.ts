import { formatTokensAsHtml } from './html-formatter.js';
import type { Token } from './token.js';

export interface LineNumberTableOptions {
  /** First line number (Rouge's `start_line`, default 1). */
  readonly startLine?: number;
  /** Class of the gutter cell; Rouge's default is "rouge-gutter" (Jekyll's highlight tag passes "gutter"). */
  readonly gutterClass?: string;
  /** Class of the code cell; Rouge's default is "rouge-code" (Jekyll's highlight tag passes "code"). */
  readonly codeClass?: string;
  /** Class of the table (Rouge's default "rouge-table"). */
  readonly tableClass?: string;
}

function countNewlines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count += 1;
  return count;
}

/** Rouge's Formatters::HTMLTable wrapped around Formatters::HTML. */
export function formatTokensAsTable(tokens: readonly Token[], options: LineNumberTableOptions = {}): string {
  const startLine = options.startLine ?? 1;
  let lineCount = tokens.reduce((count, token) => count + countNewlines(token.text), 0);
  let code = formatTokensAsHtml(tokens);
  const lastToken = tokens[tokens.length - 1];
  if (lastToken === undefined || !lastToken.text.endsWith('\n')) {
    lineCount += 1;
    code += '\n';
  }
  const numbers: string[] = [];
  for (let line = startLine; line < startLine + lineCount; line += 1) numbers.push(String(line));
  const gutter = numbers.join('\n') + '\n';
  return (
    `<table class="${options.tableClass ?? 'rouge-table'}"><tbody><tr>` +
    `<td class="${options.gutterClass ?? 'rouge-gutter'} gl"><pre class="lineno">${gutter}</pre></td>` +
    `<td class="${options.codeClass ?? 'rouge-code'}"><pre>${code}</pre></td>` +
    '</tr></tbody></table>'
  );
}
