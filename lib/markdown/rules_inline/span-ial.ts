import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { applyAttributeList, parseAttributeList } from '../kramdown/attribute-list.js';

/** Index of the `}` closing an attribute list that starts at `from`, honouring `\}`; -1 when none. */
function closingBrace(src: string, from: number, max: number): number {
  for (let i = from; i < max; i++) {
    const ch = src.charCodeAt(i);
    if (ch === 0x5c) i++;
    else if (ch === 0x7d) return i;
  }
  return -1;
}

/**
 * Span IAL `{: .cls}` right after an element (not after text). Emits a marker token;
 * `attachSpanIals` binds it once emphasis has been resolved.
 */
export function spanIal(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x7b || state.src.charCodeAt(state.pos + 1) !== 0x3a) return false;
  if (state.pending.length > 0 || state.tokens.length === 0) return false;
  const end = closingBrace(state.src, state.pos + 2, state.posMax);
  if (end <= state.pos + 2) return false;
  if (!silent) {
    const token = state.push('kd_span_ial', '', 0);
    token.content = state.src.slice(state.pos, end + 1);
    token.meta = { list: parseAttributeList(state.src.slice(state.pos + 2, end)) };
  }
  state.pos = end + 1;
  return true;
}

const ATOMIC_ELEMENTS = new Set(['code_inline', 'image', 'kd_math_inline']);

function elementBefore(tokens: readonly Token[], index: number): Token | null {
  let before = index - 1;
  while (before >= 0 && tokens[before].type === 'text' && tokens[before].content === '') before--;
  const previous = tokens[before];
  if (previous === undefined) return null;
  if (ATOMIC_ELEMENTS.has(previous.type)) return previous;
  if (previous.type === 'html_inline') return htmlStartTagBefore(tokens, before);
  if (previous.nesting !== -1) return null;
  const openType = previous.type.replace(/_close$/, '_open');
  for (let i = before - 1; i >= 0; i--) {
    if (tokens[i].type === openType && tokens[i].level === previous.level) return tokens[i];
  }
  return null;
}

/** For inline HTML ending in `</name>` at `close`, the token of its start tag `<name …>`. */
function htmlStartTagBefore(tokens: readonly Token[], close: number): Token | null {
  const name = /^<\/([A-Za-z][\w-]*)\s*>$/.exec(tokens[close].content)?.[1]?.toLowerCase();
  if (name === undefined) return null;
  let depth = 0;
  for (let i = close - 1; i >= 0; i--) {
    if (tokens[i].type !== 'html_inline') continue;
    const tag = /^<(\/?)([A-Za-z][\w-]*)/.exec(tokens[i].content);
    if (!tag || tag[2].toLowerCase() !== name) continue;
    if (tag[1] === '/') depth++;
    else if (depth === 0) return tokens[i];
    else depth--;
  }
  return null;
}

/** Writes attributes into an inline HTML start tag: classes are added, other attributes set. */
function setHtmlAttributes(token: Token, attrs: [string, string][]): void {
  let tag = token.content;
  for (const [name, value] of attrs) {
    const existing = new RegExp(`(\\s${name}=")([^"]*)"`).exec(tag);
    const escaped = value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    if (existing && name === 'class') tag = tag.replace(existing[0], `${existing[1]}${existing[2]} ${escaped}"`);
    else if (existing) tag = tag.replace(existing[0], `${existing[1]}${escaped}"`);
    else tag = tag.replace(/\s*(\/?>)$/, ` ${name}="${escaped}"$1`);
  }
  token.content = tag;
}

/** Post-processing rule: attach span IAL markers to the element before them, or turn them back into text. */
export function attachSpanIals(state: StateInline): boolean {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const marker = tokens[i];
    if (marker.type !== 'kd_span_ial') continue;
    const target = elementBefore(tokens, i);
    if (target === null) {
      marker.type = 'text';
      continue;
    }
    if (target.type === 'html_inline') {
      const attrs: [string, string][] = [];
      applyAttributeList(attrs, marker.meta.list, new Map());
      setHtmlAttributes(target, attrs);
    } else {
      const attrs = target.attrs ?? [];
      applyAttributeList(attrs, marker.meta.list, new Map());
      target.attrs = attrs;
    }
    marker.type = 'text';
    marker.content = '';
  }
  return false;
}
