import { isHash, type Hash } from '../config/merge.js';

/** just-the-docs' `search_enabled` and `search.*` options, with the theme's defaults. */
export interface SearchSettings {
  enabled: boolean;
  /** Headings h1 … h`headingLevel` start a section of their own. */
  headingLevel: number;
  /** Index and show `relUrl` (`search.rel_url` not `false`). */
  relUrl: boolean;
  /** The tokenizer separator as a JavaScript regular expression literal, e.g. `/[\s\-/]+/`. */
  tokenizerSeparator: string;
}

const DEFAULT_SEPARATOR = '/[\\s\\-/]+/';

export function searchSettings(site: Hash): SearchSettings {
  const search: Hash = isHash(site.search) ? site.search : {};
  return {
    enabled: site.search_enabled !== false,
    headingLevel: headingLevel(search.heading_level),
    relUrl: search.rel_url !== false,
    tokenizerSeparator: firstText(search.tokenizer_separator, site.search_tokenizer_separator) ?? DEFAULT_SEPARATOR,
  };
}

/** Liquid's `default`: nil, false and empty strings fall through. */
function firstText(...values: unknown[]): string | null {
  for (const value of values) {
    if (value === null || value === undefined || value === false || value === '') continue;
    return String(value);
  }
  return null;
}

function headingLevel(value: unknown): number {
  const level = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  return Number.isInteger(level) ? level : 2;
}

/** The separator literal as a RegExp (`/…/flags`, or a bare pattern). */
export function separatorRegExp(literal: string): RegExp {
  const match = /^\/(.*)\/([a-z]*)$/s.exec(literal.trim());
  try {
    return match ? new RegExp(match[1], match[2]) : new RegExp(literal);
  } catch {
    return /[\s\-/]+/;
  }
}
