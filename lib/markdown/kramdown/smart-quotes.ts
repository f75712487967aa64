/**
 * kramdown's smart-quote decision (parser/kramdown/smart_quotes.rb), as sticky regexes
 * run on the source at the character before the quote (when kramdown would see one)
 * or at the quote itself. Ruby's ASCII \s \w \d are spelled out; its Unicode-aware
 * \b / \B become lookaheads on word characters.
 */

const WORD = '[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}]';
const SPACE = '[ \\t\\r\\n\\f\\v]';
const ASCII_WORD = '[A-Za-z0-9_]';
const PUNCT = "[!\"#$%'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]";
const CLOSE_CONTEXT = '[^ \\\\\\t\\r\\n\\[{(-]';

export type QuoteKind = 'open' | 'close';

interface QuoteRule {
  pattern: RegExp;
  /** Which capture group holds the quote character(s) and whether they open or close. */
  emit: (match: RegExpExecArray) => QuoteKind[];
  /** Capture group that holds the matched quote characters. */
  quoteGroup: number;
}

function rule(source: string, quoteGroup: number, emit: (match: RegExpExecArray) => QuoteKind[]): QuoteRule {
  return { pattern: new RegExp(source, 'muy'), quoteGroup, emit };
}

const OPEN: QuoteKind[] = ['open'];
const CLOSE: QuoteKind[] = ['close'];
const OPEN_OPEN: QuoteKind[] = ['open', 'open'];

/** Builds the rule table; each renderer owns one so `lastIndex` is never shared across renderers. */
export function createQuoteRules(): QuoteRule[] {
  return [
    rule(`(["'])(?=[_*]{1,2}[^ \\t\\r\\n\\f\\v])`, 1, () => OPEN),
    // Ruby's `\B` after the punctuation: `_` is a word character itself, so after it a word character must follow.
    rule(`(["'])(?=_${WORD}|(?!_)${PUNCT}(?!\\.\\.)(?!${WORD}))`, 1, () => CLOSE),
    rule(`(${SPACE}?)("')(?=${ASCII_WORD})`, 2, () => OPEN_OPEN),
    rule(`(${SPACE}?)('")(?=${ASCII_WORD})`, 2, () => OPEN_OPEN),
    rule(`(${SPACE}?)(')(?=[0-9][0-9]s)`, 2, () => CLOSE),
    rule(`(${SPACE})(['"])(?=${ASCII_WORD})`, 2, () => OPEN),
    rule(`(${CLOSE_CONTEXT})(['"])`, 2, () => CLOSE),
    rule(`(["'])(?=${SPACE}|s(?!${WORD})|$)`, 1, () => CLOSE),
    rule(`([^]?)(')`, 2, () => OPEN),
    rule(`([^]?)(")`, 2, () => OPEN),
  ];
}

export interface QuoteMatch {
  /** Characters to output, already mapped to the configured quote characters. */
  text: string;
  /** How many source characters from the quote position were consumed. */
  consumed: number;
}

/**
 * Decides the quote at `quotePos`. `start` is `quotePos - 1` when kramdown would see
 * the preceding character, else `quotePos`.
 */
export function matchSmartQuote(
  rules: readonly QuoteRule[],
  src: string,
  start: number,
  quotePos: number,
  quotes: readonly [string, string, string, string],
): QuoteMatch | null {
  for (const candidate of rules) {
    candidate.pattern.lastIndex = start;
    const match = candidate.pattern.exec(src);
    if (match === null) continue;
    const quoteText = match[candidate.quoteGroup];
    const kinds = candidate.emit(match);
    let text = '';
    for (let i = 0; i < quoteText.length; i++) {
      const double = quoteText[i] === '"';
      text += kinds[i] === 'open' ? quotes[double ? 2 : 0] : quotes[double ? 3 : 1];
    }
    const end = start + match[0].length;
    if (end <= quotePos) continue;
    const literalPrefix = candidate.quoteGroup === 2 && start === quotePos ? match[1] : '';
    return { text: literalPrefix + text, consumed: end - quotePos };
  }
  return null;
}
