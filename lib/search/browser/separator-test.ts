/**
 * Runs in the browser. Whether one UTF-16 code unit separates tokens, as lunr's tokenizer decides it
 * (`char.match(separator)` on each character), remembered per code unit.
 */
export function separatorTest(separator: RegExp): (code: number) => boolean {
  const known = new Uint8Array(65536);
  return function isSeparator(code: number): boolean {
    if (known[code] === 0) known[code] = String.fromCharCode(code).match(separator) ? 1 : 2;
    return known[code] === 1;
  };
}
