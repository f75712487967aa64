/** Liquid's string filters with Ruby's String semantics. */
import { toS } from '../ruby/to-s.js';
import { isNil, liquidValue } from '../ruby/kinds.js';
import type { FilterTable } from './filter-table.js';
import { toInteger } from './integer-argument.js';
import {
  awkSplit,
  characterLength,
  characterSlice,
  rubyCapitalize,
  rubyGsub,
  rubyLstrip,
  rubyRstrip,
  rubySplit,
  rubyStrip,
  rubySub,
} from './ruby-string.js';

const LINE_BREAK = /\r?\n/g;

function truncate(input: unknown, length: unknown = 50, ellipsis: unknown = '...'): string | null {
  if (isNil(liquidValue(input))) return null;
  const s = toS(input);
  const max = toInteger(length);
  const tail = toS(ellipsis);
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  const keep = Math.max(0, max - characterLength(tail));
  return chars.slice(0, keep).join('') + tail;
}

function truncatewords(input: unknown, words: unknown = 15, ellipsis: unknown = '...'): string | null {
  if (isNil(liquidValue(input))) return null;
  const s = toS(input);
  const count = Math.max(1, toInteger(words));
  const wordlist = awkSplit(s, count + 1);
  if (wordlist.length <= count) return s;
  return wordlist.slice(0, count).join(' ') + toS(ellipsis);
}

function replaceLast(input: unknown, pattern: unknown, replacement: unknown): string {
  const s = toS(input);
  const p = toS(pattern);
  const at = s.lastIndexOf(p);
  if (at < 0) return s;
  return s.slice(0, at) + toS(replacement) + s.slice(at + p.length);
}

function slice(input: unknown, offset: unknown, length?: unknown): unknown {
  const start = toInteger(offset);
  const count = isNil(length) ? 1 : toInteger(length);
  const v = liquidValue(input);
  if (Array.isArray(v)) return arraySlice(v, start, count);
  return characterSlice(toS(v), start, count) ?? '';
}

function arraySlice(items: unknown[], offset: number, length: number): unknown[] {
  const start = offset < 0 ? items.length + offset : offset;
  if (start < 0 || start > items.length || length < 0) return [];
  return items.slice(start, start + length);
}

export const stringFilters: FilterTable = {
  append: (input: unknown, s: unknown) => toS(input) + toS(s),
  prepend: (input: unknown, s: unknown) => toS(s) + toS(input),
  downcase: (input: unknown) => toS(input).toLowerCase(),
  upcase: (input: unknown) => toS(input).toUpperCase(),
  capitalize: (input: unknown) => rubyCapitalize(toS(input)),
  strip: (input: unknown) => rubyStrip(toS(input)),
  lstrip: (input: unknown) => rubyLstrip(toS(input)),
  rstrip: (input: unknown) => rubyRstrip(toS(input)),
  strip_newlines: (input: unknown) => toS(input).replace(LINE_BREAK, ''),
  newline_to_br: (input: unknown) => toS(input).replace(LINE_BREAK, '<br />\n'),
  replace: (input: unknown, p: unknown, r: unknown = '') => rubyGsub(toS(input), toS(p), toS(r)),
  replace_first: (input: unknown, p: unknown, r: unknown = '') => rubySub(toS(input), toS(p), toS(r)),
  replace_last: replaceLast,
  remove: (input: unknown, p: unknown) => rubyGsub(toS(input), toS(p), ''),
  remove_first: (input: unknown, p: unknown) => rubySub(toS(input), toS(p), ''),
  remove_last: (input: unknown, p: unknown) => replaceLast(input, p, ''),
  truncate,
  truncatewords,
  split: (input: unknown, separator: unknown) => rubySplit(toS(input), toS(separator)),
  slice,
};
