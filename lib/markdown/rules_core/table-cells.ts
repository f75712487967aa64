import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';

const NBSP = '\u00A0';
const ALIGN_STYLE = /^text-align:(\w+)$/;

/** kramdown table cells: `text-align: x` with a space (D24), NBSP in empty cells (D25). */
export function tableCells(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const cell = tokens[i];
    if (cell.type !== 'th_open' && cell.type !== 'td_open') continue;
    const style = cell.attrGet('style');
    const align = style === null ? null : ALIGN_STYLE.exec(style);
    if (align) cell.attrSet('style', `text-align: ${align[1]}`);
    const inline = tokens[i + 1];
    if (inline.type === 'inline' && (inline.children === null || inline.children.length === 0)) {
      const text = new state.Token('text', '', 0);
      text.content = NBSP;
      inline.children = [text];
    }
  }
}
