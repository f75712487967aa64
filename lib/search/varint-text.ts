/**
 * Non-negative integers as text that needs no escaping in a JavaScript or JSON string: each number is
 * written in base 45, most significant digit first, with digits 45…89 for "more digits follow" and 0…44
 * for the last one. Digit d is the character with code 35 + d, skipping the backslash (92).
 * The page decodes it with browser/decode-varints.
 */
export const VARINT_RADIX = 45;

function digitChar(digit: number): string {
  const code = 35 + digit;
  return String.fromCharCode(code >= 92 ? code + 1 : code);
}

/** Every digit's character, made once: an index has millions of digits. */
const DIGITS = Array.from({ length: 2 * VARINT_RADIX }, (_, digit) => digitChar(digit));

export function encodeVarints(values: readonly number[]): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    out += value < VARINT_RADIX ? DIGITS[value]! : varint(value);
  }
  return out;
}

/** One number: the last digit plain, every digit before it marked as followed by more. */
function varint(value: number): string {
  let text = DIGITS[value % VARINT_RADIX]!;
  for (let rest = Math.floor(value / VARINT_RADIX); rest > 0; rest = Math.floor(rest / VARINT_RADIX)) {
    text = DIGITS[VARINT_RADIX + (rest % VARINT_RADIX)]! + text;
  }
  return text;
}

/**
 * Sorted terms, each written as one character giving how many leading characters it shares with the
 * previous term (code 48 + n, n ≤ 60), then the rest of it.
 */
export function frontCode(sorted: string[]): string[] {
  let previous = '';
  return sorted.map((term) => {
    let shared = 0;
    const most = Math.min(previous.length, term.length, 60);
    while (shared < most && previous.charCodeAt(shared) === term.charCodeAt(shared)) shared++;
    previous = term;
    return String.fromCharCode(48 + shared) + term.slice(shared);
  });
}
