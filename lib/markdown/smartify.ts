import { MarkdownIt } from './markdown-it.js';
import type { KramdownSettings } from './options.js';
import { createSmartQuoteRule } from './rules_inline/smart-quote.js';
import { kramdownTypographicSymbol } from './rules_inline/typographic-symbol.js';
import { kramdownText } from './rules_inline/text.js';
import { renderText } from './renderers/text.js';

/** Jekyll's `smartify`: kramdown's SmartyPants input (quotes, symbols, entities, HTML kept; no backslash escapes). */
export function createSmartifier(settings: KramdownSettings): (text: string) => string {
  const md = new MarkdownIt('zero', { html: true, xhtmlOut: true });
  md.enable(['entity', 'html_inline', 'newline']);
  md.inline.ruler.at('text', kramdownText);
  md.inline.ruler.push('kd_typographic_sym', kramdownTypographicSymbol);
  md.inline.ruler.push('kd_smart_quote', createSmartQuoteRule(settings.quotes));
  md.renderer.rules.text = renderText;
  return (text) => md.renderInline(text, {});
}
