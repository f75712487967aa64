import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { mergeAttribute } from '../kramdown/attribute-list.js';
import { isListOpen, listItemIndexes } from '../kramdown/list-items.js';

const CHECKBOX = /^\s*\[([ xX])\]\s+/;
const UNCHECKED = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />';
const CHECKED = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />';

function addClass(token: Token, value: string): void {
  const attrs = token.attrs ?? [];
  mergeAttribute(attrs, 'class', value);
  token.attrs = attrs;
}

/** Turns a leading `[ ]`/`[x]` into the checkbox; returns whether the item is a task. */
function convertCheckbox(state: StateCore, inline: Token): boolean {
  const match = CHECKBOX.exec(inline.content);
  const firstChild = inline.children?.[0];
  if (!match || firstChild?.type !== 'text' || !firstChild.content.startsWith(match[0].trimEnd())) return false;
  firstChild.content = firstChild.content.slice(match[0].length).replace(/^\s+/, '');
  const box = new state.Token('html_inline', '', 0);
  box.content = match[1] === ' ' ? UNCHECKED : CHECKED;
  inline.children!.unshift(box);
  return true;
}

/** GFM task lists as kramdown-parser-gfm marks them up (D22). */
export function taskLists(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!isListOpen(tokens[i])) continue;
    let isTaskList = false;
    for (const itemIndex of listItemIndexes(tokens, i)) {
      const inline = tokens[itemIndex + 2];
      if (tokens[itemIndex + 1].type === 'paragraph_open' && inline?.type === 'inline' && convertCheckbox(state, inline)) {
        isTaskList = true;
      }
      if (isTaskList) addClass(tokens[itemIndex], 'task-list-item');
    }
    if (isTaskList) addClass(tokens[i], 'task-list');
  }
}
