export type SlugifyMode = 'raw' | 'default' | 'pretty' | 'ascii' | 'latin';

const REPLACEABLE: Record<SlugifyMode, RegExp> = {
  raw: /\s+/gu,
  default: /[^\p{M}\p{L}\p{Nd}]+/gu,
  pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
  ascii: /[^A-Za-z0-9]+/g,
  latin: /[^\p{M}\p{L}\p{Nd}]+/gu,
};

/** Jekyll's Utils.slugify. An unknown mode only downcases (unless cased). */
export function slugify(text: string, mode: string = 'default', cased = false): string {
  if (!(mode in REPLACEABLE)) return cased ? text : text.toLowerCase();
  const source = mode === 'latin' ? transliterate(text) : text;
  let slug = source.replace(REPLACEABLE[mode as SlugifyMode], '-').replace(/^-|-$/gm, '');
  if (!cased) slug = slug.toLowerCase();
  return slug;
}

/** I18n.transliterate for the default locale: accents dropped, other non-ASCII letters become `?`. */
export function transliterate(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/Æ/g, 'AE')
    .replace(/æ/g, 'ae')
    .replace(/Ø/g, 'O')
    .replace(/ø/g, 'o')
    .replace(/Œ/g, 'OE')
    .replace(/œ/g, 'oe')
    .replace(/Đ/g, 'D')
    .replace(/đ/g, 'd')
    .replace(/Ł/g, 'L')
    .replace(/ł/g, 'l')
    .replace(/Þ/g, 'TH')
    .replace(/þ/g, 'th')
    .replace(/[^\x00-\x7f]/g, '?');
}
