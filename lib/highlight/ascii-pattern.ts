/** The ASCII members of the Unicode properties the lexers use, as class contents (none is M, Cf or Nl). */
export const ASCII_MEMBERS: Readonly<Record<string, string>> = {
  L: 'A-Za-z',
  Alphabetic: 'A-Za-z',
  Nd: '0-9',
  Pc: '_',
  M: '',
  Cf: '',
  Nl: '',
};

const PROPERTY = /^\\p\{(\w+)\}/;

/**
 * The source of a Unicode (`u`) pattern for texts of ASCII characters alone: each `\p{…}` replaced by the ASCII
 * characters it has, which on such a text is the same pattern, and much cheaper to compile (V8 builds the whole
 * Unicode set of a property, each time it compiles the pattern). Null when there is nothing to replace, or a
 * property this does not know (or `\P`).
 */
export function asciiSource(source: string, flags: string): string | null {
  if (!flags.includes('u') || !source.includes('\\p{')) return null;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i] ?? '';
    if (char === '\\') {
      const property = PROPERTY.exec(source.slice(i));
      if (property === null) {
        if (source[i + 1] === 'P') return null;
        out += char + (source[i + 1] ?? '');
        i += 1;
        continue;
      }
      const members = Object.hasOwn(ASCII_MEMBERS, property[1]) ? ASCII_MEMBERS[property[1]] : undefined;
      if (members === undefined) return null;
      out += inClass ? members : `[${members}]`;
      i += property[0].length - 1;
    } else {
      if (inClass) inClass = char !== ']';
      else inClass = char === '[';
      out += char;
    }
  }
  return out;
}

/** Whether the text has no character beyond ASCII. */
export function isAscii(text: string): boolean {
  return !/[^\x00-\x7f]/.test(text);
}
