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

export function encodeVarints(values: ArrayLike<number>): string {
  const out: string[] = [];
  const digits: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let value = values[i];
    digits.length = 0;
    do {
      digits.push(value % VARINT_RADIX);
      value = Math.floor(value / VARINT_RADIX);
    } while (value > 0);
    for (let d = digits.length - 1; d > 0; d--) out.push(digitChar(VARINT_RADIX + digits[d]));
    out.push(digitChar(digits[0]));
  }
  return out.join('');
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
