import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { withoutTokens } from '../layout/blank-lines.js';
import { type AttributeList, applyAttributeList } from '../kramdown/attribute-list.js';

function isAttributeLine(token: Token): boolean {
  return token.type === 'kd_ial' || token.type === 'kd_ald';
}

function collectDefinitions(tokens: readonly Token[]): Map<string, AttributeList> {
  const definitions = new Map<string, AttributeList>();
  for (const token of tokens) {
    if (token.type === 'kd_ald') definitions.set(token.meta.name, token.meta.list);
  }
  return definitions;
}

/** The end-tag token of a block HTML element (its start tag's token is in `meta.kdHtmlOpening`). */
function htmlElementStart(token: Token): Token | null {
  return token.meta?.kdHtmlOpening ?? null;
}

/** The opening token of the block that ends right before `index`, or null at a container start. */
function previousBlock(tokens: readonly Token[], index: number): Token | null {
  let i = index - 1;
  while (i >= 0 && isAttributeLine(tokens[i])) i--;
  if (i < 0) return null;
  const token = tokens[i];
  if (token.nesting === 1) return null;
  if (token.nesting === 0) return htmlElementStart(token) ?? token;
  for (let j = i - 1; j >= 0; j--) {
    if (tokens[j].level === token.level && tokens[j].nesting === 1) return tokens[j];
  }
  return null;
}

function nextBlock(tokens: readonly Token[], index: number, level: number): Token | null {
  for (let i = index + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (isAttributeLine(token)) continue;
    if (token.level !== level || token.nesting === -1 || htmlElementStart(token) !== null) return null;
    return token;
  }
  return null;
}

/** Blank, also inside block quotes (`>` markers only). */
function isBlankLine(line: string | undefined): boolean {
  return line !== undefined && /^[\s>]*$/.test(line);
}

function endLine(token: Token): number {
  return token.map ? token.map[1] : -1;
}

/**
 * kramdown's attachment: to the block directly above, else to the next block (§6.4). A blank line right
 * above the IAL separates it from the block above, even when that block (a list) counts the blank line as its own.
 */
function attachmentTarget(tokens: readonly Token[], index: number, lines: readonly string[]): Token | null {
  const ial = tokens[index];
  const startLine = ial.map ? ial.map[0] : -1;
  const previous = previousBlock(tokens, index);
  if (previous !== null && endLine(previous) === startLine && !isBlankLine(lines[startLine - 1])) return previous;
  const next = nextBlock(tokens, index, ial.level);
  if (next === null) return null;
  const nextIsAdjacent = next.map !== null && next.map[0] === endLine(ial);
  const atContainerStart = previous === null;
  if (atContainerStart && !nextIsAdjacent && !startsAfterChain(tokens, index)) return null;
  return next;
}

/** Whether an IAL is part of a chain of attribute lines that continues to the next block. */
function startsAfterChain(tokens: readonly Token[], index: number): boolean {
  let i = index;
  while (i + 1 < tokens.length && isAttributeLine(tokens[i + 1]) && tokens[i + 1].map?.[0] === endLine(tokens[i])) i++;
  const next = tokens[i + 1];
  return i !== index && next !== undefined && next.map !== null && next.map[0] === endLine(tokens[i]);
}

function recordReferences(target: Token, list: AttributeList): void {
  if (list.refs.length === 0) return;
  const refs: string[] = target.meta?.kdRefs ?? [];
  target.meta = { ...(target.meta ?? {}), kdRefs: refs.concat(list.refs) };
}

/** Applies block IALs and ALD references, then drops the attribute-line tokens. */
export function attachBlockIals(state: StateCore): void {
  const tokens = state.tokens;
  let hasAttributeLines = false;
  for (const token of tokens) if (isAttributeLine(token)) { hasAttributeLines = true; break; }
  if (!hasAttributeLines) return;
  const definitions = collectDefinitions(tokens);
  const lines = state.src.split('\n');
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'kd_ial') continue;
    const target = attachmentTarget(tokens, i, lines);
    if (target === null) continue;
    const list: AttributeList = tokens[i].meta.list;
    const attrs = target.attrs ?? [];
    applyAttributeList(attrs, list, definitions);
    target.attrs = attrs.length > 0 ? attrs : null;
    recordReferences(target, list);
  }
  state.tokens = withoutTokens(tokens, isAttributeLine);
}
