const TEXT_SPECIALS = /[&<>]/g;
const ATTRIBUTE_SPECIALS = /[&<>"]/g;
const HAS_TEXT_SPECIAL = /[&<>]/;
const HAS_ATTRIBUTE_SPECIAL = /[&<>"]/;
const REPLACEMENTS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function replaceSpecial(ch: string): string {
  return REPLACEMENTS[ch];
}

/** kramdown's text escaping: only `& < >`. */
export function escapeHtml(text: string): string {
  return HAS_TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIALS, replaceSpecial) : text;
}

/** Attribute-value escaping: `& < > "`. */
export function escapeAttribute(text: string): string {
  return HAS_ATTRIBUTE_SPECIAL.test(text) ? text.replace(ATTRIBUTE_SPECIALS, replaceSpecial) : text;
}

/** REXML's `REFERENCE_RE`: an entity or character reference, which kramdown leaves as it is in HTML it re-writes. */
const REFERENCE = '&(?:[\\p{L}_:][\\p{L}\\p{N}._:-]*;|#\\d+;|#x[0-9a-fA-F]+;)';
const TEXT_SPECIALS_OUTSIDE_REFERENCES = new RegExp(`${REFERENCE}|[&<>]`, 'gu');
const ATTRIBUTE_SPECIALS_OUTSIDE_REFERENCES = new RegExp(`${REFERENCE}|[&<>"]`, 'gu');

function replaceSpecialOutsideReference(match: string): string {
  return REPLACEMENTS[match] ?? match;
}

/** kramdown's escaping of text read from HTML (`escape_html(text, :text)`): `& < >`, references kept. */
export function escapeHtmlKeepingReferences(text: string): string {
  return HAS_TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIALS_OUTSIDE_REFERENCES, replaceSpecialOutsideReference) : text;
}

/** kramdown's escaping of an HTML attribute's value (`escape_html(value, :attribute)`): `& < > "`, references kept. */
export function escapeAttributeKeepingReferences(value: string): string {
  return HAS_ATTRIBUTE_SPECIAL.test(value) ? value.replace(ATTRIBUTE_SPECIALS_OUTSIDE_REFERENCES, replaceSpecialOutsideReference) : value;
}
