/** Code spans as kramdown's `parse_codespan` finds them. */

function isRubySpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v';
}

export function backtickRunLength(text: string, start: number): number {
  let end = start;
  while (text.charCodeAt(end) === 0x60) end++;
  return end - start;
}

/** End of the code span opened by the backtick run at `start`, or -1 when it stays literal (kramdown codespan.rb). */
export function codeSpanEnd(text: string, start: number, runLength: number): number {
  const single = runLength === 1;
  if (single && (start === 0 || isRubySpace(text[start - 1])) && isRubySpace(text[start + 1])) return -1;
  const closing = text.indexOf('`'.repeat(runLength), start + runLength);
  return closing < 0 ? -1 : closing + runLength;
}
