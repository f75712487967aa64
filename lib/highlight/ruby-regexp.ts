/** Ruby's `$`: before a line feed or at the end of the text (JavaScript's also stops before `\r`). */
const RUBY_LINE_END = String.raw`(?=\n|(?![\s\S]))`;
/** Ruby's `.` without the /m flag: anything but a line feed (JavaScript's also refuses `\r`, U+2028, U+2029). */
const RUBY_ANY_BUT_NEWLINE = String.raw`[^\n]`;

/**
 * Rewrites a pattern so that `.` and `$` (outside character classes) mean what they mean in
 * Ruby, where only "\n" ends a line. Escapes and character classes are copied unchanged.
 */
export function withRubyLineSemantics(source: string, dotAll: boolean): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i] ?? '';
    if (char === '\\') {
      out += char + (source[i + 1] ?? '');
      i += 1;
    } else if (inClass) {
      if (char === ']') inClass = false;
      out += char;
    } else if (char === '[') {
      inClass = true;
      out += char;
    } else if (char === '.' && !dotAll) {
      out += RUBY_ANY_BUT_NEWLINE;
    } else if (char === '$') {
      out += RUBY_LINE_END;
    } else {
      out += char;
    }
  }
  return out;
}
