import type MarkdownIt from 'markdown-it';
import type { RenderRule } from 'markdown-it/lib/renderer.mjs';
import type { KramdownSettings } from './options.js';
import { kramdownFence } from './rules_block/fence.js';
import { linkDefinition } from './rules_block/link-definition.js';
import { recordBlankLines } from './layout/blank-lines.js';
import { kramdownLayout } from './layout/kramdown-layout.js';
import { kramdownAtxHeading } from './rules_block/atx-heading.js';
import { kramdownParagraph } from './rules_block/paragraph.js';
import { blockAttributeList } from './rules_block/block-ial.js';
import { kramdownHtmlBlock } from './rules_block/html-block.js';
import { kramdownBlockquote } from './rules_block/blockquote.js';
import { kramdownTable } from './rules_block/table.js';
import { definitionList } from './rules_block/definition-list.js';
import { normaliseTags } from './kramdown/html-tags.js';
import { builtinBlockRule, builtinInlineRule } from './rule-lookup.js';
import { kramdownSpanTag, onlySpecialHtml } from './rules_inline/span-tag.js';
import { escapeHtmlKeepingReferences } from './html-escape.js';
import { createKramdownList } from './rules_block/list.js';
import { dropOrderedListStart } from './rules_core/ordered-list-start.js';
import { listContinuation } from './rules_core/list-continuation.js';
import { spanHtml } from './rules_core/span-html.js';
import { listParagraphs } from './rules_core/list-paragraphs.js';
import { taskLists } from './rules_core/task-lists.js';
import { footnoteDefinition } from './rules_block/footnote-definition.js';
import { footnoteReference } from './rules_inline/footnote-reference.js';
import { kramdownReferenceLink } from './rules_inline/reference-link.js';
import { kramdownCodeSpan } from './rules_inline/code-span.js';
import { kramdownLineBreak } from './rules_inline/line-break.js';
import { kramdownAutolink } from './rules_inline/autolink.js';
import { kramdownInlineLink } from './rules_inline/inline-link.js';
import { createFootnoteRule } from './rules_core/footnotes.js';
import { createTocRule } from './rules_core/toc.js';
import { tableCells } from './rules_core/table-cells.js';
import { autolinkText } from './rules_core/autolink-text.js';
import { mathBlock } from './rules_block/math-block.js';
import { mathInline } from './rules_inline/math-inline.js';
import { renderMathBlock, renderMathInline } from './renderers/math.js';
import { kramdownExtension } from './rules_block/extension.js';
import { spanExtension } from './rules_inline/extension.js';
import { abbreviationDefinition } from './rules_block/abbreviation-definition.js';
import { abbreviationRule } from './rules_core/abbreviations.js';
import { emphasisOrder } from './rules_inline/emphasis-order.js';
import { kramdownEmphasisDelimiters, noNestedEmphasis } from './rules_inline/emphasis-kramdown.js';
import * as footnoteRenderers from './renderers/footnotes.js';
import { attachSpanIals, spanIal } from './rules_inline/span-ial.js';
import { attachBlockIals } from './rules_core/attach-block-ials.js';
import { listItemIal } from './rules_core/list-item-ial.js';
import { kramdownEscape } from './rules_inline/escape.js';
import { kramdownText } from './rules_inline/text.js';
import { createSmartQuoteRule } from './rules_inline/smart-quote.js';
import { kramdownTypographicSymbol } from './rules_inline/typographic-symbol.js';
import { explicitHeaderId } from './rules_core/explicit-header-id.js';
import { createHeaderIdRule } from './rules_core/header-ids.js';
import { renderCodeBlock, codeSpanRenderer } from './renderers/code.js';
import { renderText } from './renderers/text.js';
import { kramdownRule, kramdownSetextHeading } from './rules_block/setext-and-rule.js';
import { renderImage } from './renderers/image.js';
import { renderAttributes } from './renderers/attributes.js';
import { renderHtmlBlock } from './renderers/html-block.js';

function installBlockRules(md: MarkdownIt): void {
  md.block.ruler.at('fence', kramdownFence, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.block.ruler.at('list', createKramdownList(builtinBlockRule(md, 'list')), { alt: ['paragraph', 'reference', 'blockquote'] });
  md.block.ruler.at('blockquote', kramdownBlockquote, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.block.ruler.at('hr', kramdownRule(builtinBlockRule(md, 'hr')), { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.block.ruler.at('paragraph', kramdownParagraph(builtinBlockRule(md, 'paragraph')));
  md.block.ruler.at('heading', kramdownAtxHeading(builtinBlockRule(md, 'heading')), { alt: ['paragraph', 'reference', 'blockquote'] });
  md.block.ruler.at('lheading', kramdownSetextHeading(builtinBlockRule(md, 'lheading')));
  md.block.ruler.at('html_block', kramdownHtmlBlock, { alt: ['paragraph', 'reference', 'blockquote'] });
  md.block.ruler.at('reference', linkDefinition);
  md.block.ruler.before('reference', 'kd_footnote_definition', footnoteDefinition, { alt: ['paragraph', 'reference'] });
  md.block.ruler.before('reference', 'kd_abbreviation_definition', abbreviationDefinition, { alt: ['paragraph', 'reference'] });
  md.block.ruler.before('paragraph', 'kd_extension', kramdownExtension, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.block.ruler.before('paragraph', 'kd_math_block', mathBlock);
  md.block.ruler.before('paragraph', 'kd_block_ial', blockAttributeList, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.block.ruler.before('kd_block_ial', 'kd_table', kramdownTable);
  md.block.ruler.before('kd_table', 'kd_definition_list', definitionList, { alt: ['paragraph'] });
  md.block.ruler.disable('table');
}

function installInlineRules(md: MarkdownIt, settings: KramdownSettings): void {
  md.inline.ruler.at('text', kramdownText);
  md.inline.ruler.at('escape', kramdownEscape);
  md.inline.ruler.before('escape', 'kd_typographic_sym', kramdownTypographicSymbol);
  md.inline.ruler.at('backticks', kramdownCodeSpan);
  md.inline.ruler.at('newline', kramdownLineBreak);
  md.inline.ruler.at('autolink', kramdownAutolink);
  md.inline.ruler.before('emphasis', 'kd_smart_quote', createSmartQuoteRule(settings.quotes));
  md.inline.ruler.before('emphasis', 'kd_span_ial', spanIal);
  md.inline.ruler.before('link', 'kd_footnote_ref', footnoteReference);
  md.inline.ruler.before('link', 'kd_inline_link', kramdownInlineLink);
  md.inline.ruler.before('link', 'kd_reference_link', kramdownReferenceLink);
  md.inline.ruler.at('html_inline', onlySpecialHtml(builtinInlineRule(md, 'html_inline')));
  md.inline.ruler.before('html_inline', 'kd_span_tag', kramdownSpanTag);
  md.inline.ruler.before('emphasis', 'kd_math_inline', mathInline);
  md.inline.ruler.before('kd_span_ial', 'kd_span_extension', spanExtension);
  md.inline.ruler.at('emphasis', kramdownEmphasisDelimiters(builtinInlineRule(md, 'emphasis')));
  md.inline.ruler2.before('fragments_join', 'kd_no_nested_emphasis', noNestedEmphasis);
  md.inline.ruler2.before('fragments_join', 'kd_emphasis_order', emphasisOrder);
  md.inline.ruler2.before('fragments_join', 'kd_span_ial', attachSpanIals);
}

function installCoreRules(md: MarkdownIt, settings: KramdownSettings): void {
  md.core.ruler.after('block', 'kd_explicit_header_id', explicitHeaderId);
  md.core.ruler.after('kd_explicit_header_id', 'kd_list_item_ial', listItemIal);
  md.core.ruler.after('kd_list_item_ial', 'kd_ordered_list_start', dropOrderedListStart);
  md.core.ruler.after('kd_ordered_list_start', 'kd_list_continuation', listContinuation);
  md.core.ruler.after('inline', 'kd_span_html', spanHtml);
  md.core.ruler.push('kd_footnotes', createFootnoteRule(settings));
  md.core.ruler.push('kd_block_ials', attachBlockIals);
  md.core.ruler.push('kd_list_paragraphs', listParagraphs);
  md.core.ruler.push('kd_task_lists', taskLists);
  md.core.ruler.push('kd_table_cells', tableCells);
  md.core.ruler.push('kd_autolink_text', autolinkText);
  md.core.ruler.push('kd_abbreviations', abbreviationRule);
  md.core.ruler.push('kd_header_ids', createHeaderIdRule(settings));
  md.core.ruler.push('kd_toc', createTocRule(settings));
}

function installRenderers(md: MarkdownIt, settings: KramdownSettings): void {
  const rules = md.renderer.rules;
  md.renderer.renderAttrs = (token) => renderAttributes(token.attrs);
  rules.text = renderText;
  rules.image = renderImage;
  rules.fence = (tokens, idx) => renderCodeBlock(tokens[idx], settings);
  rules.code_block = (tokens, idx) => renderCodeBlock(tokens[idx], settings);
  const codeSpan = codeSpanRenderer(settings);
  rules.code_inline = (tokens, idx) => codeSpan(tokens[idx]);
  rules.html_block = renderHtmlBlock;
  rules.html_inline = (tokens, idx) => normaliseTags(tokens[idx].content);
  rules.kd_raw_html = (tokens, idx) => tokens[idx].content;
  rules.kd_raw_text = (tokens, idx) => escapeHtmlKeepingReferences(tokens[idx].content);
  rules.kd_math_inline = (tokens, idx) => renderMathInline(tokens, idx, settings);
  rules.kd_math_block = (tokens, idx) => renderMathBlock(tokens, idx, settings);
  rules.kd_footnote_ref = (tokens, idx) => footnoteRenderers.renderFootnoteReference(tokens, idx, settings);
  rules.kd_footnotes_open = footnoteRenderers.renderFootnotesOpen;
  rules.kd_footnotes_close = footnoteRenderers.renderFootnotesClose;
  rules.kd_footnote_item_open = footnoteRenderers.renderFootnoteItemOpen;
  rules.kd_footnote_item_close = footnoteRenderers.renderFootnoteItemClose;
  rules.paragraph_close = renderParagraphClose(md);
  rules.s_open = () => '<del>';
  rules.s_close = () => '</del>';
}

/**
 * An item's text without `<p>` (kramdown's transparent paragraph) ends with a line break when a block follows it
 * in the item, as kramdown adds one to the text. markdown-it writes that break itself before a block it renders
 * token by token; blocks written by a rule of their own (code, HTML, math) get it here.
 */
function renderParagraphClose(md: MarkdownIt): RenderRule {
  return (tokens, idx, options, _env, self) => {
    if (!tokens[idx].hidden) return self.renderToken(tokens, idx, options);
    const next = tokens[idx + 1];
    return next !== undefined && next.block && md.renderer.rules[next.type] !== undefined ? '\n' : '';
  };
}

/** Everything that turns markdown-it into Jekyll's kramdown. */
export function installKramdownRules(md: MarkdownIt, settings: KramdownSettings): void {
  md.disable(['replacements', 'smartquotes', 'linkify']);
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (url) => url;
  md.validateLink = () => true;
  installBlockRules(md);
  installInlineRules(md, settings);
  installCoreRules(md, settings);
  installRenderers(md, settings);
  recordBlankLines(md);
  kramdownLayout(md);
}
