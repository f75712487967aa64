import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';

/** kramdown ignores the source number of an ordered list (D29); only an IAL sets `start`. */
export function dropOrderedListStart(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type === 'ordered_list_open' && token.attrs) {
      token.attrs = token.attrs.filter(([name]) => name !== 'start');
      if (token.attrs.length === 0) token.attrs = null;
    }
  }
}
