import { isHash, type Hash } from '../../config/merge.js';
import { toS } from '../../liquid/ruby/to-s.js';

const ALL_ENDINGS = 'html head body li dt dd optgroup option colgroup caption thead tbody tfoot tr td th'.split(' ');
const ALL_CLIPPINGS = (
  'html head title base link meta style body article section nav aside h1 h2 h3 h4 h5 h6 hgroup header footer ' +
  'address p hr blockquote ol ul li dl dt dd figure figcaption main div table caption colgroup col tbody thead tfoot tr td th'
).split(' ');
/** Runs of Ruby's whitespace other than a lone space (which collapses to itself, and is most of them). */
const WHITESPACE_TO_COLLAPSE = /[\t\n\v\f\r][ \t\n\v\f\r]*| [ \t\n\v\f\r]+/g;

/** The `compress_html` settings of jekyll-compress-html 3.1. */
export interface CompressSettings {
  readonly skip: boolean;
  readonly endings: readonly string[];
  readonly startings: readonly string[];
  readonly comments: readonly [string, string] | null;
  readonly clippings: readonly string[];
  readonly blanklines: boolean;
  /** The clipping rules as one pattern, or null without clippings. */
  readonly clippingPattern: RegExp | null;
  /** The end tags to remove as one pattern, or null without endings (made once: a page compresses in parts). */
  readonly endingsPattern: RegExp | null;
  /** The start tags to remove as one pattern, or null without startings. */
  readonly startingsPattern: RegExp | null;
}

export function compressSettings(site: Hash, environment: string): CompressSettings {
  const options: Hash = isHash(site.compress_html) ? site.compress_html : {};
  const ignore = isHash(options.ignore) ? options.ignore.envs : undefined;
  const comments = options.comments === 'all' ? ['<!--', '-->'] : names(options.comments);
  const clippings = options.clippings === 'all' ? ALL_CLIPPINGS : names(options.clippings);
  const endings = options.endings === 'all' ? ALL_ENDINGS : names(options.endings);
  const startings = names(options.startings);
  return {
    skip: ignore === 'all' || (Array.isArray(ignore) && ignore.map(toS).includes(environment)),
    endings,
    startings,
    comments: comments.length === 2 ? [comments[0]!, comments[1]!] : null,
    clippings,
    blanklines: options.blanklines === true,
    clippingPattern: clippings.length > 0 ? clippingPattern(clippings) : null,
    endingsPattern: endings.length > 0 ? new RegExp(`</(?:${alternatives(endings)})>`, 'g') : null,
    startingsPattern: startings.length > 0 ? new RegExp(`<(?:${alternatives(startings)})(?:\\s[^>]*)?>`, 'g') : null,
  };
}

function names(value: unknown): string[] {
  return Array.isArray(value) ? value.map(toS) : [];
}

/**
 * jekyll-compress-html: end tags, start tags and comments removed, whitespace collapsed outside `<pre>`, clippings.
 * `trimEdges: false` compresses a piece of a page (its leading and trailing space are not the document's).
 */
export function compressHtml(html: string, settings: CompressSettings, trimEdges = true): string {
  if (settings.skip) return html;
  let out = html;
  if (settings.endingsPattern) out = out.replace(settings.endingsPattern, '');
  if (settings.startingsPattern) out = out.replace(settings.startingsPattern, '');
  if (settings.comments) out = removeComments(out, settings.comments);
  out = collapseOutsidePre(out, settings.blanklines, trimEdges);
  if (settings.clippingPattern) out = out.replace(settings.clippingPattern, '');
  return out;
}

function alternatives(names: readonly string[]): string {
  return names.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
}

/**
 * One space before `<e` (a prefix match: `p` also clips before `<pre`), before `</e>` and after `</e>`.
 * Whitespace is already collapsed, so each space is clipped at most once, as the rule-by-rule replacement does.
 */
function clippingPattern(names: readonly string[]): RegExp {
  const any = alternatives(names);
  // The space first, so that the tag names are tried only around spaces (3× faster than the alternatives first).
  return new RegExp(` (?:(?=<(?:${any})|</(?:${any})>)|(?<=</(?:${any})> ))`, 'g');
}

function removeComments(html: string, [open, close]: readonly [string, string]): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = html.indexOf(open, at);
    if (start < 0) return out + html.slice(at);
    const end = html.indexOf(close, start + open.length);
    out += html.slice(at, start);
    if (end < 0) return out;
    at = end + close.length;
  }
}

/** Text outside `<pre>…</pre>` is split at whitespace runs and joined with one space (Ruby's `split(" ")`). */
function collapseOutsidePre(html: string, blanklines: boolean, trimEdges: boolean): string {
  const squeeze = blanklines ? dropBlankLines : trimEdges ? squeezeWhitespace : collapseWhitespace;
  return html
    .split('<pre')
    .map((piece, i) => {
      const closed = piece.indexOf('</pre>');
      if (i === 0) return squeeze(piece);
      if (closed < 0) return `<pre${piece}`;
      return `<pre${piece.slice(0, closed + 6)}${squeeze(piece.slice(closed + 6))}`;
    })
    .join('');
}

function squeezeWhitespace(text: string): string {
  const squeezed = text.replace(WHITESPACE_TO_COLLAPSE, ' ');
  const start = squeezed.startsWith(' ') ? 1 : 0;
  const end = squeezed.length > start && squeezed.endsWith(' ') ? squeezed.length - 1 : squeezed.length;
  return squeezed.slice(start, end);
}

function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_TO_COLLAPSE, ' ');
}

function dropBlankLines(text: string): string {
  const lines = text.split('\n');
  return lines.filter((line, i) => line.trim() !== '' || i === lines.length - 1).join('\n');
}
