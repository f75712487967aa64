import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { HTML_BLOCK_ELEMENTS, HTML_VOID_ELEMENTS } from '../kramdown/html-elements.js';
import { parseTag } from '../kramdown/html-tags.js';

function writeAsText(token: Token): void {
  token.type = 'text';
  token.tag = '';
}

/** Applies one inline tag to the stack of open elements; a tag kramdown would not accept becomes text. */
function balanceTag(token: Token, openElements: string[]): void {
  const tag = parseTag(token.content, 0);
  if (tag === null) return;
  if (tag.closing) {
    if (openElements[openElements.length - 1] === tag.name) openElements.pop();
    else writeAsText(token);
  } else if (HTML_BLOCK_ELEMENTS.has(tag.name)) {
    writeAsText(token);
  } else if (!HTML_VOID_ELEMENTS.has(tag.name) && !token.content.slice(0, tag.length).endsWith('/>')) {
    openElements.push(tag.name);
  }
}

function closeOpenElements(state: StateCore, children: Token[], openElements: string[]): void {
  for (let i = openElements.length - 1; i >= 0; i--) {
    const close = new state.Token('html_inline', '', 0);
    close.content = `</${openElements[i]}>`;
    children.push(close);
  }
}

/**
 * kramdown span HTML (`parse_span_html`): an element runs to its own end tag; a stray
 * end tag or a block element's tag inside a paragraph is text; an element left open
 * is closed at the end of the paragraph.
 */
export function spanHtml(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || block.children === null) continue;
    const openElements: string[] = [];
    let sawHtml = false;
    for (const child of block.children) {
      if (child.type !== 'html_inline' || child.content.startsWith('<!--')) continue;
      sawHtml = true;
      balanceTag(child, openElements);
    }
    if (sawHtml) closeOpenElements(state, block.children, openElements);
  }
}
