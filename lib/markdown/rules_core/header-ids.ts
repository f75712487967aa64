import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { BasicIdCounter, GfmIdCounter, basicSlug, gfmSlug, headerRawText } from '../kramdown/header-id.js';
import type { KramdownSettings } from '../options.js';
import { documentOptions } from '../kramdown/document-env.js';

function isInsideHtmlBlock(token: Token): boolean {
  return token.meta?.insideHtml === true;
}

/** Gives every header without an id kramdown's id (GFM algorithm; the converter's inside HTML). */
export function createHeaderIdRule(settings: KramdownSettings) {
  return function headerIds(state: StateCore): void {
    const options = documentOptions(state.env, settings);
    if (!options.autoIds) return;
    const gfmIds = new GfmIdCounter();
    const basicIds = new BasicIdCounter();
    const tokens = state.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const heading = tokens[i];
      if (heading.type !== 'heading_open' || heading.attrGet('id') !== null) continue;
      const raw = headerRawText(tokens[i + 1].children ?? []);
      const id = isInsideHtmlBlock(heading) ? basicIds.next(basicSlug(raw)) : gfmIds.next(gfmSlug(raw));
      heading.attrPush(['id', options.autoIdPrefix + id]);
    }
  };
}
