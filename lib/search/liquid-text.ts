/** The Liquid string operations just-the-docs' search template relies on, with Ruby's semantics. */

const HTML_BLOCKS = /<script.*?<\/script>|<!--.*?-->|<style.*?<\/style>/gs;
const HTML_TAGS = /<[^>]*>/g;
const WHITESPACE_RUN = /[\t\n\v\f\r ]+/g;

/** Liquid's `strip_html`. */
export function stripHtml(text: string): string {
  return text.replace(HTML_BLOCKS, '').replace(HTML_TAGS, '');
}

/** Jekyll's `normalize_whitespace`: runs of ASCII whitespace become one space, then Ruby's `strip`. */
export function normalizeWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '');
}

/** Ruby's `String#split(string)` as Liquid's `split` uses it: no parts for "", trailing empty parts dropped. */
export function rubySplit(text: string, separator: string): string[] {
  if (text === '') return [];
  const parts = text.split(separator);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}
