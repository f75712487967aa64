import { normalizeWhitespace, stripHtml } from './liquid-text.js';

/**
 * Where just-the-docs' template inserts a separator: " . " before block ends, " | " before list items and
 * cells. The template replaces each mark in turn over the whole text; no mark overlaps another and the
 * inserted separators hold no `<`, so one pass for each kind gives the same.
 */
const SENTENCE_BREAKS = /<\/h|<hr|<\/p|<ul|<\/ul|<ol|<\/ol|<\/tr/g;
const CELL_BREAKS = /<li|<\/li|<td|<\/td|<th|<\/th/g;

function markBreaks(html: string): string {
  return html.replace(SENTENCE_BREAKS, ' . $&').replace(CELL_BREAKS, ' | $&');
}

/**
 * The text just-the-docs stores for a section: " . " before block ends, " | " around list items and
 * cells, tags stripped, the words "Table of contents" removed, whitespace collapsed, doubled
 * separators folded, one trailing space. Entities stay as they are in the HTML.
 */
export function cleanSectionText(html: string): string {
  let text = normalizeWhitespace(stripHtml(markBreaks(html)).replaceAll('Table of contents', ''));
  text = text.replaceAll('. . .', '.').replaceAll('. .', '.').replaceAll('| |', '|');
  return `${text} `;
}
