/** Jekyll's `Utils.slugify` (used by the slugify filter and by permalinks). */
import { transliterateLatin } from './transliterate.js';

export type SlugifyMode = 'raw' | 'default' | 'pretty' | 'ascii' | 'latin' | 'none' | string;

const REPLACEABLE: Record<string, RegExp> = {
  raw: /[\t\n\v\f\r ]+/g,
  default: /[^\p{M}\p{L}\p{Nd}]+/gu,
  pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
  ascii: /[^A-Za-z0-9]+/g,
  latin: /[^\p{M}\p{L}\p{Nd}]+/gu,
};

const EDGE_HYPHENS = /^-|-$/gm;

export function slugify(input: string, mode: SlugifyMode = 'default', cased = false): string {
  const pattern = REPLACEABLE[mode];
  if (!pattern) return cased ? input : input.toLowerCase();
  const source = mode === 'latin' ? transliterateLatin(input) : input;
  const slug = source.replace(pattern, '-').replace(EDGE_HYPHENS, '');
  return cased ? slug : slug.toLowerCase();
}
