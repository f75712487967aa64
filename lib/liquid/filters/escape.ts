/** HTML, XML and URL escaping as Ruby's CGI and String#encode(xml:) do it. */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const XML_ESCAPES: Record<string, string> = { ...HTML_ESCAPES, "'": '&apos;' };

const HTML_SPECIAL = /[&<>"']/g;
const HTML_SPECIAL_ONCE = /["><']|&(?!(?:[a-zA-Z]+|#\d+);)/g;
const CGI_SAFE = /^[a-zA-Z0-9_.\-~]$/;

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** CGI.escapeHTML (Liquid's `escape`). */
export function escapeHtml(s: string): string {
  return s.replace(HTML_SPECIAL, (ch) => HTML_ESCAPES[ch]);
}

/** Liquid's `escape_once`: entities already present are left alone. */
export function escapeHtmlOnce(s: string): string {
  return s.replace(HTML_SPECIAL_ONCE, (ch) => HTML_ESCAPES[ch]);
}

/** `encode(xml: :attr)` without the surrounding quotes (Jekyll's `xml_escape`). */
export function escapeXml(s: string): string {
  return s.replace(HTML_SPECIAL, (ch) => XML_ESCAPES[ch]);
}

/** CGI.escape: space → `+`, everything but `a-zA-Z0-9_.-~` percent-encoded per UTF-8 byte. */
export function cgiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === ' ') out += '+';
    else if (CGI_SAFE.test(ch)) out += ch;
    else for (const byte of encoder.encode(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const HEX_PAIR = /^[0-9a-fA-F]{2}$/;

/** CGI.unescape: `+` → space, `%XX` → byte; the bytes must form valid UTF-8. */
export function cgiUnescape(s: string): string {
  const raw = encoder.encode(s);
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const pair = raw[i] === 0x25 && i + 2 < raw.length ? String.fromCharCode(raw[i + 1], raw[i + 2]) : '';
    if (HEX_PAIR.test(pair)) {
      bytes.push(parseInt(pair, 16));
      i += 2;
    } else {
      bytes.push(raw[i] === 0x2b ? 0x20 : raw[i]);
    }
  }
  try {
    return strictDecoder.decode(new Uint8Array(bytes));
  } catch {
    throw new Error('invalid byte sequence in UTF-8');
  }
}
