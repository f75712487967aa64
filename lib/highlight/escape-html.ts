const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const SPECIALS = /[&<>]/g;
const HAS_SPECIAL = /[&<>]/;

/** Escapes `&`, `<` and `>` only, as Rouge's HTML formatter does. */
export function escapeHtml(text: string): string {
  return HAS_SPECIAL.test(text) ? text.replace(SPECIALS, (char) => HTML_ESCAPES[char] ?? char) : text;
}
