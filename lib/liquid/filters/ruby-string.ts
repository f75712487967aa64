/** Ruby String methods that Liquid's filters are built on, where JavaScript's differ. */

const ASCII_SPACE = /[\t\n\v\f\r ]/;
const LEADING_STRIP = /^[\0\t\n\v\f\r ]+/;
const TRAILING_STRIP = /[\0\t\n\v\f\r ]+$/;

export function rubyStrip(s: string): string {
  return s.replace(LEADING_STRIP, '').replace(TRAILING_STRIP, '');
}

export function rubyLstrip(s: string): string {
  return s.replace(LEADING_STRIP, '');
}

export function rubyRstrip(s: string): string {
  return s.replace(TRAILING_STRIP, '');
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && ASCII_SPACE.test(ch);
}

/**
 * Ruby's `split(" ", limit)`: fields are runs of non-whitespace; with a limit, the last field is
 * the unsplit rest of the string (possibly empty when only whitespace follows).
 */
export function awkSplit(s: string, limit = 0): string[] {
  const fields: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n && isSpace(s[i])) i++;
  while (i < n) {
    if (limit > 0 && fields.length === limit - 1) {
      fields.push(s.slice(i));
      return fields;
    }
    const start = i;
    while (i < n && !isSpace(s[i])) i++;
    fields.push(s.slice(start, i));
    if (i < n && limit > 0 && fields.length === limit - 1) {
      while (i < n && isSpace(s[i])) i++;
      fields.push(s.slice(i));
      return fields;
    }
    while (i < n && isSpace(s[i])) i++;
  }
  return fields;
}

/** Ruby's `String#split(separator)` with a string separator: trailing empty fields are dropped. */
export function rubySplit(s: string, separator: string): string[] {
  if (separator === ' ') return awkSplit(s);
  const parts = separator === '' ? Array.from(s) : s.split(separator);
  let end = parts.length;
  while (end > 0 && parts[end - 1] === '') end--;
  return parts.slice(0, end);
}

const REPLACEMENT_ESCAPE = /\\(\\|&|\d|k<[^>]*>)/g;

/** Ruby expands `\0`, `\&` and `\\` in the replacement even when the pattern is a plain string. */
export function expandReplacement(replacement: string, matched: string): string {
  if (!replacement.includes('\\')) return replacement;
  return replacement.replace(REPLACEMENT_ESCAPE, (_, code: string) => {
    if (code === '\\') return '\\';
    if (code === '&' || code === '0') return matched;
    return '';
  });
}

export function rubyGsub(s: string, pattern: string, replacement: string): string {
  const expanded = expandReplacement(replacement, pattern);
  if (pattern === '') return expanded + Array.from(s).join(expanded) + expanded;
  if (!s.includes(pattern)) return s;
  return s.split(pattern).join(expanded);
}

export function rubySub(s: string, pattern: string, replacement: string): string {
  const at = s.indexOf(pattern);
  if (at < 0) return s;
  return s.slice(0, at) + expandReplacement(replacement, pattern) + s.slice(at + pattern.length);
}

/** Ruby's capitalize: first character upcased, the rest downcased. */
export function rubyCapitalize(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + s.slice(head.length).toLowerCase();
}

/** Ruby's `str[offset, length]` counted in characters; null where Ruby returns nil. */
export function characterSlice(s: string, offset: number, length: number): string | null {
  const chars = Array.from(s);
  const start = offset < 0 ? chars.length + offset : offset;
  if (start < 0 || start > chars.length || length < 0) return null;
  return chars.slice(start, start + length).join('');
}

export function characterLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
