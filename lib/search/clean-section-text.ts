import { normalizeWhitespace, stripHtml } from './liquid-text.js';

const SENTENCE_BREAKS = ['</h', '<hr', '</p', '<ul', '</ul', '<ol', '</ol', '</tr'];
const CELL_BREAKS = ['<li', '</li', '</td', '<td', '</th', '<th'];

/**
 * The text just-the-docs stores for a section: " . " before block ends, " | " around list items and
 * cells, tags stripped, the words "Table of contents" removed, whitespace collapsed, doubled
 * separators folded, one trailing space. Entities stay as they are in the HTML.
 */
export function cleanSectionText(html: string): string {
  let text = html;
  for (const mark of SENTENCE_BREAKS) text = text.replaceAll(mark, ` . ${mark}`);
  for (const mark of CELL_BREAKS) text = text.replaceAll(mark, ` | ${mark}`);
  text = normalizeWhitespace(stripHtml(text).replaceAll('Table of contents', ''));
  text = text.replaceAll('. . .', '.').replaceAll('. .', '.').replaceAll('| |', '|');
  return `${text} `;
}
