/**
 * Runs in the browser. Reads the numbers of a varint text (see the build's varint-text) one by one:
 * base 45, digits 45…89 meaning "more digits follow", digit d written as the character 35 + d with
 * the backslash skipped. `more()` tells whether numbers are left.
 */
export function varintReader(text: string): (() => number) & { more: () => boolean } {
  let i = 0;
  function next(): number {
    let value = 0;
    for (;;) {
      const code = text.charCodeAt(i++);
      const digit = code > 92 ? code - 36 : code - 35;
      if (digit < 45) return value * 45 + digit;
      value = value * 45 + digit - 45;
    }
  }
  return Object.assign(next, { more: () => i < text.length });
}
