import type Token from 'markdown-it/lib/token.mjs';

const NOT_GFM_ID_CHARACTER = /[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\- \t]/gu;
const SPACE_OR_TAB = /[ \t]/g;

/** Tokens whose text never reaches a header id. */
const SKIPPED_SUBTREES: Record<string, string> = {
  image: '',
  kd_footnote_ref: '',
  abbr_open: 'abbr_close',
};

/** The header text kramdown-parser-gfm builds an id from (`update_raw_text`). */
export function headerRawText(children: readonly Token[]): string {
  let raw = '';
  let skipUntil: string | null = null;
  for (const token of children) {
    if (skipUntil !== null) {
      if (token.type === skipUntil) skipUntil = null;
      continue;
    }
    if (Object.hasOwn(SKIPPED_SUBTREES, token.type)) {
      skipUntil = SKIPPED_SUBTREES[token.type] || null;
      continue;
    }
    if (token.type === 'text' || token.type === 'text_special' || token.type === 'code_inline' || token.type === 'math_inline') {
      raw += token.content;
    }
  }
  return raw;
}

/** GFM id of a header text, before deduplication (kramdown-parser-gfm `generate_gfm_header_id`). */
export function gfmSlug(raw: string): string {
  return raw.toLowerCase().replace(NOT_GFM_ID_CHARACTER, '').replace(SPACE_OR_TAB, '-');
}

/** The HTML converter's ASCII-only id, used for headers inside HTML blocks (`generate_id`). */
export function basicSlug(raw: string): string {
  const slug = raw
    .replace(/^[^a-zA-Z]+/, '')
    .replace(/[^a-zA-Z0-9 -]/g, '')
    .replace(/ /g, '-')
    .toLowerCase();
  return slug === '' ? 'section' : slug;
}

/** kramdown-parser-gfm dedupe: a counter per resulting id, no check against other ids. */
export class GfmIdCounter {
  private readonly counts = new Map<string, number>();

  next(slug: string): string {
    const seen = this.counts.get(slug);
    const n = seen === undefined ? 0 : seen + 1;
    this.counts.set(slug, n);
    return n > 0 ? `${slug}-${n}` : slug;
  }
}

/** The HTML converter's dedupe: `-1`, `-2` against the ids it generated before. */
export class BasicIdCounter {
  private readonly used = new Map<string, number>();

  next(slug: string): string {
    const seen = this.used.get(slug);
    if (seen === undefined) {
      this.used.set(slug, 0);
      return slug;
    }
    this.used.set(slug, seen + 1);
    return `${slug}-${seen + 1}`;
  }
}
