import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';

/** `<mailto:x@y>` shows `x@y` in kramdown (D39). */
export function autolinkText(state: StateCore): void {
  for (const block of state.tokens) {
    const children = block.type === 'inline' ? block.children : null;
    if (!children) continue;
    for (let i = 0; i + 1 < children.length; i++) {
      if (children[i].type !== 'link_open' || children[i].markup !== 'autolink') continue;
      const text = children[i + 1];
      if (text.type === 'text' && text.content.startsWith('mailto:')) text.content = text.content.slice(7);
    }
  }
}
