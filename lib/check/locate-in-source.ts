import { escapeRegExp } from '../util/escape-regexp.js';

/** What is known about a reference in the output, to find it again in the page's source. */
export interface ReferenceClue {
  /** The URL as it appears in the output. */
  url: string;
  /** The same URL without the site's baseurl prefix, as `{{ site.baseurl }}/x` is written. */
  urlWithoutBase: string;
  text: string;
  /** How many references with the same URL came before this one in the page. */
  occurrence: number;
}

/**
 * The 1-based line of `lines` where the reference is written, or null when the source does not contain
 * it (it comes from a layout or include, or is built by Liquid). Tries the URL as written, then its
 * `#fragment` (for `{% link x.md %}#part`), then the link text.
 */
export function locateInSource(lines: string[], clue: ReferenceClue): number | null {
  const strategies = [
    () => matchingLines(lines, urlPattern(clue.url, AS_WRITTEN)),
    () => matchingLines(lines, urlPattern(clue.urlWithoutBase, AFTER_LIQUID)),
    () => matchingLines(lines, urlPattern(safeDecodeUri(clue.url), AS_WRITTEN)),
    () => matchingLines(lines, fragmentPattern(clue.url)),
    () => matchingLines(lines, textPattern(clue.text)),
  ];
  for (const strategy of strategies) {
    const found = strategy();
    if (found.length > 0) return found[Math.min(clue.occurrence, found.length - 1)];
  }
  return null;
}

function matchingLines(lines: string[], pattern: RegExp | null): number[] {
  if (!pattern) return [];
  const found: number[] = [];
  lines.forEach((line, index) => {
    if (pattern.test(line)) found.push(index + 1);
  });
  return found;
}

/** What may come before a URL written as it is: `(url`, `"url`, `]: url`, `<url` ... */
const AS_WRITTEN = `(^|[\\s("'<=\\]:])`;
/** A URL written after a Liquid output, as in `{{ site.baseurl }}/x.html`. */
const AFTER_LIQUID = '\\}\\}';

function urlPattern(url: string, before: string): RegExp | null {
  if (url === '' || url === '/') return null;
  return new RegExp(`${before}${escapeRegExp(url)}($|[\\s)"'>])`);
}

function fragmentPattern(url: string): RegExp | null {
  const hash = url.indexOf('#');
  if (hash < 0 || hash === url.length - 1) return null;
  return new RegExp(`\\S${escapeRegExp(url.slice(hash))}($|[\\s)"'>])`);
}

function textPattern(text: string): RegExp | null {
  if (text.trim().length < 3) return null;
  return new RegExp(escapeRegExp(text.trim()));
}



function safeDecodeUri(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
