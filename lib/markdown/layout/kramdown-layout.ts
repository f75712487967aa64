import type MarkdownIt from 'markdown-it';
import type { Options } from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { blankLinesBefore, endsWithBlankLines } from './blank-lines.js';

/** Where a blank element is dropped: between items. */
const ITEM_STARTS: ReadonlySet<string> = new Set(['list_item_open', 'dd_open', 'dt_open']);
/** End tags that a blank element ending an item moves past, to after the list. */
const LIST_ENDS: ReadonlySet<string> = new Set([
  'list_item_close', 'dd_close', 'dt_close', 'bullet_list_close', 'ordered_list_close', 'dl_close',
]);

/**
 * kramdown's HTML layout (its converter's `indent`): each block element that starts a line is indented two
 * spaces for each container it is in, and each run of blank lines in the text is one empty line in the HTML —
 * except blank lines that end a list item, which kramdown moves after the list they end.
 */
export function kramdownLayout(md: MarkdownIt): void {
  const renderer = md.renderer;
  renderer.render = function render(tokens, options, env): string {
    const out = new LayoutOutput();
    // A blank element where the HTML has got to. kramdown merges blank elements that meet (once definitions are
    // taken out), drops those between list items, and moves one that ends a list item after its list.
    let blank = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const type = token.type;
      if (type === 'inline') {
        out.writeText(renderer.renderInline(token.children ?? [], options, env));
        continue;
      }
      if (type === 'html_block' && endsHtmlAfterContents(tokens, i)) {
        out.write('\n');
        blank = false;
      } else if (token.block && token.nesting !== -1) {
        if ((blank || blankLinesBefore(token) > 0) && !ITEM_STARTS.has(type)) out.write('\n');
        blank = false;
      } else if (blank && token.block && !LIST_ENDS.has(type)) {
        out.write('\n');
        blank = false;
      }
      writeBlock(out, token, renderOne(tokens, i, options, env));
      if (token.meta !== null && endsWithBlankLines(token)) blank = true;
    }
    if (blank) out.write('\n');
    return out.html;
  };

  function renderOne(tokens: Token[], idx: number, options: Options, env: unknown): string {
    const rule = renderer.rules[tokens[idx].type];
    return rule !== undefined ? rule(tokens, idx, options, env, renderer) : renderer.renderToken(tokens, idx, options);
  }
}

/** The HTML written so far, knowing whether it ends a line (reading the text back would flatten it each time). */
class LayoutOutput {
  html = '';
  atLineStart = true;

  write(text: string): void {
    if (text === '') return;
    this.html += text;
    this.atLineStart = text.charCodeAt(text.length - 1) === 0x0a;
  }

  /**
   * A block's text (markdown-it trims it, so it never ends a line). Its last character is not read: the text is
   * made of many pieces, and reading one character would join them all.
   */
  writeText(text: string): void {
    if (text === '') return;
    this.html += text;
    this.atLineStart = false;
  }
}

/**
 * A block's HTML, indented as kramdown indents it: a start tag always (after an item's text too, as in a table of
 * contents: `</a>    <ul>`), an end tag when it starts a line. markdown-it may begin the HTML with the line break
 * that follows an item's text.
 */
function writeBlock(out: LayoutOutput, token: Token, html: string): void {
  if (html === '') return;
  if (token.level === 0) {
    // Nothing to indent: most of a page (paragraphs, headings, top-level lists' own tags).
    out.write(html);
    return;
  }
  const lineBreak = html.charCodeAt(0) === 0x0a;
  if (lineBreak) out.write('\n');
  const body = lineBreak ? html.slice(1) : html;
  if (body === '') return;
  if (token.nesting === -1 && !out.atLineStart) {
    out.write(body);
    return;
  }
  out.write(indent(token.level));
  out.write(indentClosingWrapper(token, body));
}

/** kramdown indents the end tag of a highlighted code block's wrapper too (`</div>    </div>`). */
function indentClosingWrapper(token: Token, html: string): string {
  if ((token.type !== 'fence' && token.type !== 'code_block') || !html.endsWith('</div></div>\n')) return html;
  return `${html.slice(0, -'</div>\n'.length)}${indent(token.level)}</div>\n`;
}

/**
 * kramdown writes the table of contents in place of a marker with no line break after it; an HTML element whose
 * blocks end with that marker adds one before its end tag (`</ul>` then an empty line before `</details>`).
 */
function endsHtmlAfterContents(tokens: readonly Token[], idx: number): boolean {
  return tokens[idx].meta?.kdHtmlOpening !== undefined && tokens[idx - 1]?.meta?.kdTableOfContentsEnd === true;
}

/** The indentation of the first levels, made once; deeper levels (rare) are made when needed. */
const INDENTS: readonly string[] = Array.from({ length: 16 }, (_, level) => '  '.repeat(level));

function indent(level: number): string {
  return INDENTS[level] ?? '  '.repeat(level);
}
