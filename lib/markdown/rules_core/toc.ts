import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import type { KramdownSettings } from '../options.js';
import { closingIndex, isListOpen } from '../kramdown/list-items.js';
import { documentOptions } from '../kramdown/document-env.js';

interface TocEntry {
  level: number;
  id: string;
  children: Token[];
  subentries: TocEntry[];
}

function hasClass(token: Token, name: string): boolean {
  return (token.attrGet('class') ?? '').split(/\s+/).includes(name);
}

/** Heading contents for a TOC entry: links unwrapped, footnote markers removed. */
function entryChildren(inline: Token): Token[] {
  return (inline.children ?? []).filter(
    (child) => child.type !== 'link_open' && child.type !== 'link_close' && child.type !== 'kd_footnote_ref',
  );
}

function collectEntries(tokens: readonly Token[], levels: ReadonlySet<number>): TocEntry[] {
  const entries: TocEntry[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const heading = tokens[i];
    if (heading.type !== 'heading_open') continue;
    const id = heading.attrGet('id');
    const level = Number(heading.tag.slice(1));
    if (!id || !levels.has(level) || hasClass(heading, 'no_toc')) continue;
    entries.push({ level, id, children: entryChildren(tokens[i + 1]), subentries: [] });
  }
  return entries;
}

/** kramdown `generate_toc_tree`: nest each entry under the nearest shallower one. */
function nestEntries(entries: TocEntry[]): TocEntry[] {
  const roots: TocEntry[] = [];
  const stack: TocEntry[] = [];
  for (const entry of entries) {
    while (stack.length > 0 && stack[stack.length - 1].level >= entry.level) stack.pop();
    if (stack.length === 0) roots.push(entry);
    else stack[stack.length - 1].subentries.push(entry);
    stack.push(entry);
  }
  return roots;
}

/** A block token of the generated list, `level` deep (so that the HTML is laid out as kramdown lays it out). */
function blockToken(state: StateCore, type: string, tag: string, nesting: 1 | 0 | -1, level: number): Token {
  const token = new state.Token(type, tag, nesting);
  token.block = true;
  token.level = level;
  return token;
}

function emitList(state: StateCore, list: Token, entries: TocEntry[], idPrefix: string, out: Token[], attrs: Array<[string, string]> | null, level: number): void {
  const open = blockToken(state, list.type, list.tag, 1, level);
  open.attrs = attrs;
  out.push(open);
  for (const entry of entries) {
    out.push(blockToken(state, 'list_item_open', 'li', 1, level + 1));
    const link = new state.Token('link_open', 'a', 1);
    link.attrs = [['href', `#${entry.id}`], ['id', `${idPrefix}-${entry.id}`]];
    const inline = blockToken(state, 'inline', '', 0, level + 2);
    inline.children = [link, ...entry.children, new state.Token('link_close', 'a', -1)];
    out.push(inline);
    if (entry.subentries.length > 0) emitList(state, list, entry.subentries, idPrefix, out, null, level + 2);
    out.push(blockToken(state, 'list_item_close', 'li', -1, level + 1));
  }
  out.push(blockToken(state, list.type.replace(/_open$/, '_close'), list.tag, -1, level));
}

/** Replaces the first list carrying the `toc` reference with the table of contents (D05). */
export function createTocRule(settings: KramdownSettings) {
  return function tableOfContents(state: StateCore): void {
    const tokens = state.tokens;
    const listIndex = tokens.findIndex((token) => isListOpen(token) && token.meta?.kdRefs?.includes('toc'));
    if (listIndex < 0) return;
    const list = tokens[listIndex];
    const attrs: Array<[string, string]> = list.attrs ? list.attrs.map(([k, v]) => [k, v]) : [];
    if (!attrs.some(([name]) => name === 'id')) attrs.push(['id', 'markdown-toc']);
    const idPrefix = attrs.find(([name]) => name === 'id')![1];
    const generated: Token[] = [];
    const levels = documentOptions(state.env, settings).tocLevels;
    // kramdown writes the table of contents where the list was, but laid out as if at the top of the page.
    emitList(state, list, nestEntries(collectEntries(tokens, levels)), idPrefix, generated, attrs, 0);
    generated[0].meta = list.meta;
    generated[generated.length - 1].meta = { kdTableOfContentsEnd: true };
    tokens.splice(listIndex, closingIndex(tokens, listIndex) - listIndex + 1, ...generated);
  };
}
