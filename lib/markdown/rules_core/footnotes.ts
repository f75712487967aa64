import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import type { KramdownSettings } from '../options.js';
import { hasFootnoteDefinitions } from '../kramdown/footnote-env.js';
import { withoutTokens } from '../layout/blank-lines.js';

const NBSP = '\u00A0';

/**
 * Takes the definitions out of the text, keyed by label (the first definition wins). The blank lines around one
 * stay where it was, as kramdown's blank elements stay around the end-of-block marker a definition leaves.
 */
function extractDefinitions(state: StateCore): Map<string, Token[]> {
  const definitions = new Map<string, Token[]>();
  const markersAndText: Token[] = [];
  let current: Token[] | null = null;
  for (const token of state.tokens) {
    if (token.type === 'kd_footnote_open') {
      current = [];
      if (!definitions.has(token.meta.label)) definitions.set(token.meta.label, current);
    } else if (token.type === 'kd_footnote_close') {
      current = null;
    } else if (current !== null) {
      current.push(token);
      continue;
    }
    markersAndText.push(token);
  }
  state.tokens = withoutTokens(markersAndText, isDefinitionMarker);
  return definitions;
}

function isDefinitionMarker(token: Token): boolean {
  return token.type === 'kd_footnote_open' || token.type === 'kd_footnote_close';
}

/** Numbers references in document order; returns the referenced labels in that order. */
function numberReferences(tokens: readonly Token[], firstNumber: number): Map<string, { number: number; count: number }> {
  const numbers = new Map<string, { number: number; count: number }>();
  for (const token of tokens) {
    if (token.type !== 'inline' || !token.children) continue;
    for (const child of token.children) {
      if (child.type !== 'kd_footnote_ref') continue;
      let entry = numbers.get(child.meta.label);
      if (entry === undefined) {
        entry = { number: firstNumber + numbers.size, count: 0 };
        numbers.set(child.meta.label, entry);
      }
      child.meta.number = entry.number;
      child.meta.occurrence = entry.count++;
    }
  }
  return numbers;
}

function rawInline(state: StateCore, html: string): Token {
  const token = new state.Token('kd_raw_html', '', 0);
  token.content = html;
  return token;
}

function backlinkHtml(id: string, occurrences: number, settings: KramdownSettings): string {
  let html = '';
  for (let i = 0; i < occurrences; i++) {
    const ref = i === 0 ? id : `${id}:${i}`;
    const mark = i === 0 ? settings.footnoteBacklink : `${settings.footnoteBacklink}<sup>${i + 1}</sup>`;
    html += `${i === 0 ? '' : NBSP}<a href="#fnref:${ref}" class="reversefootnote" role="doc-backlink">${mark}</a>`;
  }
  return html;
}

/** Backlinks go into the last paragraph, or into a new paragraph when the note ends otherwise. */
function addBacklinks(state: StateCore, body: Token[], html: string): void {
  const last = body[body.length - 1];
  const lastInline = body[body.length - 2];
  if (last?.type === 'paragraph_close' && lastInline?.type === 'inline' && lastInline.children) {
    lastInline.children.push(rawInline(state, NBSP + html));
    return;
  }
  const inline = new state.Token('inline', '', 0);
  inline.children = [rawInline(state, html)];
  const open = new state.Token('paragraph_open', 'p', 1);
  const close = new state.Token('paragraph_close', 'p', -1);
  open.block = close.block = true;
  body.push(open, inline, close);
}

/** A block of the footnotes' list; its renderer writes the indentation itself. */
function noteBlock(state: StateCore, type: string, tag: string, nesting: 1 | -1): Token {
  const token = new state.Token(type, tag, nesting);
  token.block = true;
  return token;
}

/** How deep a note's blocks are: in `div.footnotes`, its `ol` and the note's `li`. */
const NOTE_LEVEL = 3;

/** kramdown footnotes (D19): numbered references and the `div.footnotes` list at the end. */
export function createFootnoteRule(settings: KramdownSettings) {
  return function footnotes(state: StateCore): void {
    if (!hasFootnoteDefinitions(state.env)) return;
    const definitions = extractDefinitions(state);
    const numbers = numberReferences(state.tokens, settings.footnoteNumber);
    if (numbers.size === 0) return;
    const open = noteBlock(state, 'kd_footnotes_open', 'div', 1);
    open.meta = { start: settings.footnoteNumber };
    state.tokens.push(open);
    for (const [label, entry] of numbers) {
      const body = definitions.get(label) ?? [];
      for (const token of body) if (token.type === 'paragraph_open' || token.type === 'paragraph_close') token.hidden = false;
      const id = settings.footnotePrefix + label;
      if (settings.footnoteBacklink !== '') addBacklinks(state, body, backlinkHtml(id, entry.count, settings));
      // Inside the footnotes' div, list and item.
      for (const token of body) token.level += NOTE_LEVEL;
      const item = noteBlock(state, 'kd_footnote_item_open', 'li', 1);
      item.meta = { id };
      state.tokens.push(item, ...body, noteBlock(state, 'kd_footnote_item_close', 'li', -1));
    }
    state.tokens.push(noteBlock(state, 'kd_footnotes_close', 'div', -1));
  };
}
