/** The Liquid string operations just-the-docs' search template relies on, with Ruby's semantics. */

const HTML_BLOCKS = /<script.*?<\/script>|<!--.*?-->|<style.*?<\/style>/gs;
const HTML_TAGS = /<[^>]*>/g;
/** The runs of ASCII whitespace that are not already one space. */
const WHITESPACE_TO_FOLD = / [\t\n\v\f\r ]+|[\t\n\v\f\r][\t\n\v\f\r ]*/g;

/** Liquid's `strip_html`. */
export function stripHtml(text: string): string {
  return text.replace(HTML_BLOCKS, '').replace(HTML_TAGS, '');
}

/** Jekyll's `normalize_whitespace`: runs of ASCII whitespace become one space, then Ruby's `strip`. */
export function normalizeWhitespace(text: string): string {
  return rubyStrip(text.replace(WHITESPACE_TO_FOLD, ' '));
}

/** Ruby's `String#strip`: ASCII whitespace and NUL removed from both ends. */
function rubyStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isStripped(text.charCodeAt(start))) start++;
  while (end > start && isStripped(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function isStripped(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0;
}

/** Ruby's `String#split(string)` as Liquid's `split` uses it: no parts for "", trailing empty parts dropped. */
export function rubySplit(text: string, separator: string): string[] {
  if (text === '') return [];
  const parts = text.split(separator);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}
