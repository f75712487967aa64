/** A pattern that fails at once (sticky: tried at the start only); replacing it gives the text back, flattened. */
const NOWHERE = /(?!)/y;

/**
 * The text, made one flat string in V8's heap. A string built by concatenation (the HTML Markdown renders, the
 * output of Liquid) is a tree of its pieces until something reads it as a whole; one kept for the rest of the
 * build (a page's content) makes every young-generation collection copy all its pieces again, once per page
 * rendered since. Matching a regular expression flattens the string in place (its pieces become garbage).
 */
export function flatString(text: string): string {
  return text.replace(NOWHERE, '');
}
