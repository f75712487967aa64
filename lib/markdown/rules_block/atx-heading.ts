import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { lineText } from '../kramdown/block-boundary.js';
import type { BlockRule } from '../rule-lookup.js';

/** kramdown-parser-gfm's `ATX_HEADER_START`: one to six `#`, then at least one space or tab. */
const ATX_HEADER = /^#{1,6}[\t ]+(.*)$/;
/** kramdown's `HEADER_ID`: `{#id}` at the end of the text. */
const HEADER_ID = /[\t ]\{#[A-Za-z][\w:-]*\}$/;

/**
 * The heading's text as kramdown-parser-gfm takes it (`parse_atx_header_gfm_quirk`): trailing white space and a
 * closing run of `#` after a space are dropped (around a `{#id}`, which stays for the header-id rule); null when
 * nothing is left, and the line is then text (`##` alone, `## `).
 */
function headingText(line: string): string | null {
  const match = ATX_HEADER.exec(line);
  if (match === null) return null;
  const text = match[1].trimEnd();
  const id = HEADER_ID.exec(text);
  const head = (id === null ? text : text.slice(0, id.index).trimEnd()).replace(/[\t ]#+$/, '').trimEnd();
  return head === '' ? null : head + (id?.[0] ?? '');
}

/** markdown-it's ATX heading, with kramdown-parser-gfm's rules for what is a heading and what its text is. */
export function kramdownAtxHeading(heading: BlockRule): BlockRule {
  return (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
    if (state.sCount[startLine] - state.blkIndent >= 4) return false;
    if (state.src.charCodeAt(state.bMarks[startLine] + state.tShift[startLine]) !== 0x23) return false;
    const text = headingText(lineText(state, startLine));
    if (text === null || !heading(state, startLine, endLine, silent)) return false;
    if (!silent) state.tokens[state.tokens.length - 2].content = text;
    return true;
  };
}
