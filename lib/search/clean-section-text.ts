import { normalizeWhitespace, stripHtml } from './liquid-text.js';

/**
 * Where just-the-docs' template inserts a separator: " . " before block ends (`</h`, `<hr`, `</p`, `<ul`,
 * `</ul`, `<ol`, `</ol`, `</tr`), " | " before list items and cells (`<li`, `</li`, `<td`, `</td`, `<th`,
 * `</th`). The template replaces each mark in turn over the whole text; no mark overlaps another and the
 * inserted separators hold no `<`, so one pass over the text gives the same.
 */
const BREAK_MARKS = /<\/h|<hr|<\/p|<ul|<\/ul|<ol|<\/ol|<\/tr|<li|<\/li|<td|<\/td|<th|<\/th/g;
const CELL_MARKS = new Set(['<li', '</li', '<td', '</td', '<th', '</th']);

function markBreaks(html: string): string {
  return html.replace(BREAK_MARKS, (mark) => (CELL_MARKS.has(mark) ? ` | ${mark}` : ` . ${mark}`));
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
