/**
 * I18n.transliterate with the default approximations: Latin-1 and Latin Extended-A letters lose
 * their accents, a few become two letters, and every other non-ASCII character becomes "?".
 */
const FIRST_APPROXIMATED = 0xc0;
const LAST_APPROXIMATED = 0x17e;
const NON_ASCII = /[^\x00-\x7f]/gu;
const COMBINING_MARKS = /\p{M}+/gu;

const SPECIAL: Record<string, string> = {
  Æ: 'AE', æ: 'ae', '×': 'x', Ð: 'D', ð: 'd', Ø: 'O', ø: 'o', Þ: 'Th', þ: 'th', ß: 'ss',
  Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ĳ: 'IJ', ĳ: 'ij', ĸ: 'k', Ŀ: 'L', ŀ: 'l',
  Ł: 'L', ł: 'l', ŉ: "'n", Ŋ: 'NG', ŋ: 'ng', Œ: 'OE', œ: 'oe', Ŧ: 'T', ŧ: 't',
};

function approximate(ch: string): string {
  const code = ch.codePointAt(0) as number;
  if (code < FIRST_APPROXIMATED || code > LAST_APPROXIMATED || code === 0xf7) return '?';
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  const base = ch.normalize('NFD').replace(COMBINING_MARKS, '');
  return base.length > 0 && base.charCodeAt(0) < 0x80 ? base : '?';
}

export function transliterateLatin(s: string): string {
  return s.replace(NON_ASCII, approximate);
}
