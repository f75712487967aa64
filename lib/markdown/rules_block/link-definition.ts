import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

/**
 * kramdown `LINK_DEFINITION_START`: `[id]: url "title"`, the url in `<…>` or anything up to the end of the line
 * (spaces too), the title on the same line or the next.
 */
const LINK_DEFINITION =
  /^ {0,3}\[([^\n\]]+)\]:[ \t]*(?:<(.*?)>|([^\n]*?\S[^\n]*?))(?:(?:[ \t]*?\n|[ \t]+?)[ \t]*?(["'])(.+?)\4)?[ \t]*?\n/;

interface ReferenceEnv {
  references?: Record<string, { href: string; title: string }>;
}

/**
 * A kramdown link definition, kept where markdown-it's reference links look them up. Unlike CommonMark's, the url
 * may hold spaces and is taken as written; a later definition of the same id replaces an earlier one.
 */
export function linkDefinition(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (state.src.charCodeAt(state.bMarks[startLine] + state.tShift[startLine]) !== 0x5b) return false;
  const lines = state.getLines(startLine, Math.min(startLine + 2, endLine), state.blkIndent, true);
  const match = LINK_DEFINITION.exec(lines.endsWith('\n') ? lines : `${lines}\n`);
  if (match === null || (match[3] ?? '').match(/[ \t]+["']/)) return false;
  if (silent) return true;
  const env = state.env as ReferenceEnv;
  env.references ??= {};
  env.references[state.md.utils.normalizeReference(match[1])] = { href: match[2] ?? match[3], title: match[5] ?? '' };
  state.line = startLine + (match[0].split('\n').length - 1);
  return true;
}
