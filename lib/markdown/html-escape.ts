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
