/** The lookups kramdown's inline link parser makes; each returns a position or -1. */
export interface LinkScanner {
  /** For a `(`, the `)` that balances it. */
  closingParen(open: number): number;
  /** First position at or after `from`, and before `before`, holding whitespace followed by a quote. */
  spaceBeforeQuote(from: number, before: number): number;
  /** First position at or after `from` of `quote` followed by optional whitespace and `)`. */
  titleEnd(from: number, quote: number): number;
  /** First `>` or newline at or after `from`. */
  angleEnd(from: number): number;
}

/** Below this much remaining text a plain scan is cheaper than building tables. */
const SHORT_SCAN = 4096;

function isRubySpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

function matchParens(src: string): Int32Array {
  const closing = new Int32Array(src.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (code === 0x28) open.push(i);
    else if (code === 0x29 && open.length > 0) closing[open.pop()!] = i;
  }
  return closing;
}

/** A table where entry i is i when `holds(i)`, else entry i + 1. */
function nextWhere(length: number, holds: (i: number) => boolean): Int32Array {
  const table = new Int32Array(length + 1);
  table[length] = -1;
  for (let i = length - 1; i >= 0; i--) table[i] = holds(i) ? i : table[i + 1];
  return table;
}

function isQuoteCode(code: number): boolean {
  return code === 0x22 || code === 0x27;
}

function closesTitleAt(src: string, i: number, quote: number): boolean {
  if (src.charCodeAt(i) !== quote) return false;
  let after = i + 1;
  while (isRubySpace(src.charCodeAt(after))) after++;
  return src.charCodeAt(after) === 0x29;
}

function firstFrom(src: string, from: number, holds: (i: number) => boolean, before = src.length): number {
  const end = Math.min(before, src.length);
  for (let i = from; i < end; i++) if (holds(i)) return i;
  return -1;
}

/** Plain forward scans, for a short paragraph. */
function directScanner(src: string): LinkScanner {
  return {
    closingParen(open) {
      let depth = 0;
      for (let i = open; i < src.length; i++) {
        const code = src.charCodeAt(i);
        if (code === 0x28) depth++;
        else if (code === 0x29 && --depth === 0) return i;
      }
      return -1;
    },
    spaceBeforeQuote: (from, before) => firstFrom(src, from, (i) => isRubySpace(src.charCodeAt(i)) && isQuoteCode(src.charCodeAt(i + 1)), before),
    titleEnd: (from, quote) => firstFrom(src, from, (i) => closesTitleAt(src, i, quote)),
    angleEnd: (from) => firstFrom(src, from, (i) => src.charCodeAt(i) === 0x3e || src.charCodeAt(i) === 0x0a),
  };
}

/**
 * Next-position tables over the whole source, so that many `[x](` openings in a long
 * paragraph stay linear: every lookup becomes one read.
 */
export function indexedScanner(src: string): LinkScanner {
  const length = src.length;
  const nonSpace = nextWhere(length, (i) => !isRubySpace(src.charCodeAt(i)));
  const closesTitle = (i: number, quote: number): boolean => {
    if (src.charCodeAt(i) !== quote) return false;
    const after = nonSpace[i + 1];
    return after >= 0 && src.charCodeAt(after) === 0x29;
  };
  const closingParen = matchParens(src);
  const spaceBeforeQuote = nextWhere(length, (i) => isRubySpace(src.charCodeAt(i)) && isQuoteCode(src.charCodeAt(i + 1)));
  const doubleTitleEnd = nextWhere(length, (i) => closesTitle(i, 0x22));
  const singleTitleEnd = nextWhere(length, (i) => closesTitle(i, 0x27));
  const angleEnd = nextWhere(length, (i) => src.charCodeAt(i) === 0x3e || src.charCodeAt(i) === 0x0a);
  const at = (table: Int32Array, i: number): number => (i < table.length ? table[i] : -1);
  return {
    closingParen: (open) => closingParen[open],
    spaceBeforeQuote: (from, before) => {
      const found = at(spaceBeforeQuote, from);
      return found < before ? found : -1;
    },
    titleEnd: (from, quote) => at(quote === 0x22 ? doubleTitleEnd : singleTitleEnd, from),
    angleEnd: (from) => at(angleEnd, from),
  };
}

/** A scanner for the source from `from` on: plain scans when little text is left, tables otherwise. */
export function linkScanner(src: string, from: number, cached: () => LinkScanner): LinkScanner {
  return src.length - from < SHORT_SCAN ? directScanner(src) : cached();
}

