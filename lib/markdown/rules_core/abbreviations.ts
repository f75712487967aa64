import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import { escapeRegExp } from '../../util/escape-regexp.js';
import type Token from 'markdown-it/lib/token.mjs';
import { abbreviations } from '../rules_block/abbreviation-definition.js';



/** kramdown matches abbreviations longest first, on word boundaries only. */
function abbreviationPattern(names: Iterable<string>): RegExp {
  const sorted = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${sorted.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
}

function splitText(state: StateCore, text: Token, pattern: RegExp, titles: Map<string, string>): Token[] {
  const parts: Token[] = [];
  let last = 0;
  for (const match of text.content.matchAll(pattern)) {
    if (match.index > last) parts.push(textToken(state, text.content.slice(last, match.index)));
    const open = new state.Token('abbr_open', 'abbr', 1);
    const title = titles.get(match[0]) ?? '';
    if (title !== '') open.attrs = [['title', title]];
    parts.push(open, textToken(state, match[0]), new state.Token('abbr_close', 'abbr', -1));
    last = match.index + match[0].length;
  }
  if (last === 0) return [text];
  if (last < text.content.length) parts.push(textToken(state, text.content.slice(last)));
  return parts;
}

function textToken(state: StateCore, content: string): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  return token;
}

/** Wraps defined abbreviations in `<abbr title>` (kramdown `replace_abbreviations`). */
export function abbreviationRule(state: StateCore): void {
  const titles = abbreviations(state.env);
  if (titles.size === 0) return;
  const pattern = abbreviationPattern(titles.keys());
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const children: Token[] = [];
    for (const child of block.children) {
      if (child.type === 'text') children.push(...splitText(state, child, pattern, titles));
      else children.push(child);
    }
    block.children = children;
  }
}
