const TEXT_SPECIALS = /[&<>]/g;
const ATTRIBUTE_SPECIALS = /[&<>"]/g;
const REPLACEMENTS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function replaceSpecial(ch: string): string {
  return REPLACEMENTS[ch];
}

/** kramdown's text escaping: only `& < >`. */
export function escapeHtml(text: string): string {
  return /[&<>]/.test(text) ? text.replace(TEXT_SPECIALS, replaceSpecial) : text;
}

/** Attribute-value escaping: `& < > "`. */
export function escapeAttribute(text: string): string {
  return /[&<>"]/.test(text) ? text.replace(ATTRIBUTE_SPECIALS, replaceSpecial) : text;
}
