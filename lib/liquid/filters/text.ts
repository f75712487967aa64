/** Jekyll's text filters: slugify, xml_escape, cgi_escape, uri_escape, number_of_words, ... */
import { RubyFloat } from '../../values/float.js';
import { RubyTime } from '../../values/time.js';
import { inspect } from '../ruby/inspect.js';
import { isNil, liquidValue } from '../ruby/kinds.js';
import { toJson } from '../ruby/to-json.js';
import { joinFlat, toS } from '../ruby/to-s.js';
import { normalizeComponent } from './addressable.js';
import { cgiEscape, escapeXml } from './escape.js';
import type { FilterTable } from './filter-table.js';
import { stringToInteger } from './number.js';
import { awkSplit, rubyStrip } from './ruby-string.js';
import { slugify } from '../../url/slugify.js';

const CJK_CHARACTER = /[\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}\p{sc=Hangul}]/gu;
const NON_CJK_WORD = /[^\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}\p{sc=Hangul}\t\n\v\f\r ]+/gu;
const WHITESPACE_RUN = /[\t\n\v\f\r ]+/g;

function countMatches(s: string, pattern: RegExp): number {
  return s.match(pattern)?.length ?? 0;
}

function numberOfWords(input: unknown, mode?: unknown): number {
  const s = toS(input);
  const m = toS(mode);
  if (m === 'cjk') return countMatches(s, CJK_CHARACTER) + countMatches(s, NON_CJK_WORD);
  if (m === 'auto') {
    const cjk = countMatches(s, CJK_CHARACTER);
    return cjk === 0 ? awkSplit(s).length : cjk + countMatches(s, NON_CJK_WORD);
  }
  return awkSplit(s).length;
}

function arrayToSentenceString(input: unknown, connector: unknown = 'and'): string {
  const items = liquidValue(input);
  if (!Array.isArray(items)) return toS(items);
  const word = toS(connector);
  if (items.length === 0) return '';
  if (items.length === 1) return toS(items[0]);
  if (items.length === 2) return `${toS(items[0])} ${word} ${toS(items[1])}`;
  return `${joinFlat(items.slice(0, -1), ', ')}, ${word} ${toS(items[items.length - 1])}`;
}

/** Jekyll's to_integer: true → 1, false → 0, otherwise Ruby's `to_i`. */
function toInteger(input: unknown): number {
  const v = liquidValue(input);
  if (v === true) return 1;
  if (v === false) return 0;
  if (typeof v === 'number') return Math.trunc(v);
  if (v instanceof RubyFloat) return Math.trunc(v.value);
  if (v instanceof RubyTime) return Math.floor(v.epochMs / 1000);
  if (isNil(v)) return 0;
  return stringToInteger(toS(v));
}

export const textFilters: FilterTable = {
  slugify: (input: unknown, mode?: unknown) => {
    const v = liquidValue(input);
    return isNil(v) ? null : slugify(toS(v), isNil(liquidValue(mode)) ? 'default' : toS(mode));
  },
  xml_escape: (input: unknown) => escapeXml(toS(input)),
  cgi_escape: (input: unknown) => cgiEscape(toS(input)),
  uri_escape: (input: unknown) => {
    const v = liquidValue(input);
    return isNil(v) ? null : normalizeComponent(toS(v));
  },
  normalize_whitespace: (input: unknown) => rubyStrip(toS(input).replace(WHITESPACE_RUN, ' ')),
  number_of_words: numberOfWords,
  array_to_sentence_string: arrayToSentenceString,
  to_integer: toInteger,
  jsonify: (input: unknown) => toJson(input),
  inspect: (input: unknown) => escapeXml(inspect(input)),
};
