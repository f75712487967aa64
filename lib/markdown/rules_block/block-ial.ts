import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { parseAttributeList } from '../kramdown/attribute-list.js';

const ALD_LINE = /^\{:(\w[\w-]*):((?:\\\}|[^}])+)\}\s*$/;
const IAL_LINE = /^\{:(?![:/])((?:\\\}|[^}])+)\}\s*$/;

/**
 * Block IAL `{: .class}` and ALD `{:name: .class}` lines (kramdown extensions.rb).
 * They become hidden tokens; the `attach-block-ials` core rule applies them.
 */
export function blockAttributeList(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine] + state.tShift[startLine];
  if (state.src.charCodeAt(start) !== 0x7b || state.src.charCodeAt(start + 1) !== 0x3a) return false;
  const line = state.src.slice(start, state.eMarks[startLine]);
  const ald = ALD_LINE.exec(line);
  const ial = ald ? null : IAL_LINE.exec(line);
  if (!ald && !ial) return false;
  if (silent) return true;
  const token = state.push(ald ? 'kd_ald' : 'kd_ial', '', 0);
  token.hidden = true;
  token.map = [startLine, startLine + 1];
  token.meta = ald ? { name: ald[1], list: parseAttributeList(ald[2]) } : { list: parseAttributeList(ial![1]) };
  state.line = startLine + 1;
  return true;
}
