/** Characters that mean something in a pattern outside a character class. */
const SPECIAL = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
/** Escapes of one control character. */
const CONTROL_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };

/**
 * The character every match of the pattern starts with, as a UTF-16 code, when the pattern says so plainly: it
 * begins with a literal character (or an escaped one) that no quantifier makes optional, and has no `|` outside
 * groups and classes. Null otherwise (a class, a group, a look-around, an optional start, a letter under the `i`
 * flag), which only means the pattern is always tried.
 */
export function requiredFirstChar(pattern: RegExp): number | null {
  const literal = leadingLiteral(pattern.source);
  if (literal === null || optionalAfter(pattern.source, literal.length)) return null;
  if (pattern.flags.includes('i') && !isCaselessAscii(literal.char)) return null;
  if (hasTopLevelAlternative(pattern.source)) return null;
  return literal.char.charCodeAt(0);
}

/** The literal the source starts with, and how many characters of the source it takes. */
function leadingLiteral(source: string): { char: string; length: number } | null {
  const first = source[0];
  if (first === undefined) return null;
  if (first !== '\\') return SPECIAL.has(first) || isSurrogate(first) ? null : { char: first, length: 1 };
  const escaped = source[1];
  if (escaped === undefined) return null;
  const control = CONTROL_ESCAPES[escaped];
  if (control !== undefined) return { char: control, length: 2 };
  return /^[^0-9A-Za-z]$/.test(escaped) && !isSurrogate(escaped) ? { char: escaped, length: 2 } : null;
}

/** An ASCII character without case (which the `i` flag, even with `u`, matches only as itself). */
function isCaselessAscii(char: string): boolean {
  return char.charCodeAt(0) < 0x80 && char.toLowerCase() === char.toUpperCase();
}

function isSurrogate(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff;
}

/** Whether a quantifier that allows none follows the literal (`?`, `*`, `{0` and the like). */
function optionalAfter(source: string, at: number): boolean {
  const next = source[at];
  return next === '?' || next === '*' || (next === '{' && /^\{0*[,}]/.test(source.slice(at)));
}

/** Whether the source has a `|` outside every group and character class. */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') i += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}
