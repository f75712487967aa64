import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

const DEFINITION = /^\*\[([^\]\n]+)\]:[ \t]*(.*)$/;

export interface AbbreviationEnv {
  kdAbbreviations?: Map<string, string>;
}

export function abbreviations(env: unknown): Map<string, string> {
  const holder = env as AbbreviationEnv;
  if (holder.kdAbbreviations === undefined) holder.kdAbbreviations = new Map();
  return holder.kdAbbreviations;
}

/** `*[HTML]: Hyper Text Markup Language` (kramdown abbreviation definitions). */
export function abbreviationDefinition(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine] + state.tShift[startLine];
  if (state.src.charCodeAt(start) !== 0x2a || state.src.charCodeAt(start + 1) !== 0x5b) return false;
  const match = DEFINITION.exec(state.src.slice(start, state.eMarks[startLine]));
  if (!match) return false;
  if (silent) return true;
  abbreviations(state.env).set(match[1].trim(), match[2].trim());
  state.line = startLine + 1;
  return true;
}
