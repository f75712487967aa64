/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Runs in the browser. The tokens lunr's tokenizer makes of one field value, each handed to `onToken`
 * with its start and length in the lowercased text: nothing for null; each element of an array whole
 * (start -1: lunr records no position for those); else the value's text lowercased and split at
 * separator characters, empty pieces skipped.
 */
export function fieldTokens(value: any, isSeparator: (code: number) => boolean, onToken: (word: string, start: number, length: number) => void): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (let e = 0; e < value.length; e++) onToken(value[e] === null || value[e] === undefined ? '' : value[e].toString().toLowerCase(), -1, -1);
    return;
  }
  const text: string = value.toString().toLowerCase();
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSeparator(text.charCodeAt(i))) continue;
    if (i > start) onToken(text.slice(start, i), start, i - start);
    start = i + 1;
  }
}
