import { isHash, type Hash } from '../../config/merge.js';
import { toS } from '../../liquid/ruby/to-s.js';

const ALL_ENDINGS = 'html head body li dt dd optgroup option colgroup caption thead tbody tfoot tr td th'.split(' ');
const ALL_CLIPPINGS = (
  'html head title base link meta style body article section nav aside h1 h2 h3 h4 h5 h6 hgroup header footer ' +
  'address p hr blockquote ol ul li dl dt dd figure figcaption main div table caption colgroup col tbody thead tfoot tr td th'
).split(' ');
const RUBY_WHITESPACE = /[ \t\n\v\f\r]+/;

/** The `compress_html` settings of jekyll-compress-html 3.1. */
export interface CompressSettings {
  readonly skip: boolean;
  readonly endings: readonly string[];
  readonly startings: readonly string[];
  readonly comments: readonly [string, string] | null;
  readonly clippings: readonly string[];
  readonly blanklines: boolean;
}

export function compressSettings(site: Hash, environment: string): CompressSettings {
  const options: Hash = isHash(site.compress_html) ? site.compress_html : {};
  const ignore = isHash(options.ignore) ? options.ignore.envs : undefined;
  const comments = options.comments === 'all' ? ['<!--', '-->'] : names(options.comments);
  return {
    skip: ignore === 'all' || (Array.isArray(ignore) && ignore.map(toS).includes(environment)),
    endings: options.endings === 'all' ? ALL_ENDINGS : names(options.endings),
    startings: names(options.startings),
    comments: comments.length === 2 ? [comments[0]!, comments[1]!] : null,
    clippings: options.clippings === 'all' ? ALL_CLIPPINGS : names(options.clippings),
    blanklines: options.blanklines === true,
  };
}

function names(value: unknown): string[] {
  return Array.isArray(value) ? value.map(toS) : [];
}

/** jekyll-compress-html: end tags, start tags and comments removed, whitespace collapsed outside `<pre>`, clippings. */
export function compressHtml(html: string, settings: CompressSettings): string {
  if (settings.skip) return html;
  let out = html;
  for (const name of settings.endings) out = out.split(`</${name}>`).join('');
  for (const name of settings.startings) out = removeStartTags(out, name);
  if (settings.comments) out = removeComments(out, settings.comments);
  out = collapseOutsidePre(out, settings.blanklines);
  for (const name of settings.clippings) {
    out = out.split(` <${name}`).join(`<${name}`).split(` </${name}>`).join(`</${name}>`).split(`</${name}> `).join(`</${name}>`);
  }
  return out;
}

function removeStartTags(html: string, name: string): string {
  return html.replace(new RegExp(`<${name}(?:\\s[^>]*)?>`, 'g'), '');
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
function collapseOutsidePre(html: string, blanklines: boolean): string {
  const squeeze = blanklines ? dropBlankLines : squeezeWhitespace;
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
  return text.split(RUBY_WHITESPACE).filter((part) => part !== '').join(' ');
}

function dropBlankLines(text: string): string {
  const lines = text.split('\n');
  return lines.filter((line, i) => line.trim() !== '' || i === lines.length - 1).join('\n');
}
