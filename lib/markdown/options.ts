import type { CodeHighlighter } from './highlighter.js';

/** The `kramdown:` block of _config.yml (snake_case keys), plus the code highlighter. */
export interface MarkdownOptions {
  auto_ids?: boolean;
  auto_id_prefix?: string;
  auto_id_stripping?: boolean;
  toc_levels?: number[] | string | number;
  smart_quotes?: string | string[];
  hard_wrap?: boolean;
  footnote_nr?: number;
  footnote_backlink?: string;
  footnote_backlink_inline?: boolean;
  footnote_prefix?: string;
  syntax_highlighter?: string | null;
  syntax_highlighter_opts?: {
    default_lang?: string | null;
    guess_lang?: boolean;
    line_numbers?: boolean;
    [key: string]: unknown;
  } | null;
  math_engine?: string | null;
  highlight?: CodeHighlighter;
  [key: string]: unknown;
}

/** Options after Jekyll's defaults were applied; what the rules read. */
export interface KramdownSettings {
  autoIds: boolean;
  autoIdPrefix: string;
  tocLevels: ReadonlySet<number>;
  /** lsquo, rsquo, ldquo, rdquo as characters */
  quotes: readonly [string, string, string, string];
  hardWrap: boolean;
  footnoteNumber: number;
  footnoteBacklink: string;
  footnotePrefix: string;
  /** null when syntax_highlighter is off */
  highlighter: CodeHighlighter | null;
  defaultLang: string | null;
  mathEngine: string | null;
}

const QUOTE_ENTITIES: Record<string, string> = {
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201C', rdquo: '\u201D',
  sbquo: '\u201A', bdquo: '\u201E', lsaquo: '\u2039', rsaquo: '\u203A',
  laquo: '\u00AB', raquo: '\u00BB', apos: "'", quot: '"',
};

function quoteCharacter(name: string): string {
  const trimmed = name.trim();
  const numeric = /^#(x[0-9a-f]+|\d+)$/i.exec(trimmed);
  if (numeric) {
    const body = numeric[1];
    const code = body[0] === 'x' || body[0] === 'X' ? parseInt(body.slice(1), 16) : parseInt(body, 10);
    return String.fromCodePoint(code);
  }
  return QUOTE_ENTITIES[trimmed] ?? trimmed;
}

function parseQuotes(value: string | string[] | undefined): [string, string, string, string] {
  const names = value === undefined ? [] : Array.isArray(value) ? value : value.split(',');
  const defaults = ['lsquo', 'rsquo', 'ldquo', 'rdquo'];
  const chars = defaults.map((fallback, index) => quoteCharacter(String(names[index] ?? fallback)));
  return [chars[0], chars[1], chars[2], chars[3]];
}

/** kramdown's `toc_levels`: a list, a number, `1..3` or `1,2,3`. */
export function parseTocLevels(value: MarkdownOptions['toc_levels']): Set<number> {
  if (Array.isArray(value)) return new Set(value.map(Number));
  if (typeof value === 'number') return new Set([value]);
  if (typeof value === 'string') {
    const range = /^\s*(\d)\s*\.\.(\.?)\s*(\d)\s*$/.exec(value);
    if (range) {
      const last = Number(range[3]) - (range[2] ? 1 : 0);
      const levels = new Set<number>();
      for (let level = Number(range[1]); level <= last; level++) levels.add(level);
      return levels;
    }
    return new Set(value.split(/[\s,]+/).filter(Boolean).map(Number));
  }
  return new Set([1, 2, 3, 4, 5, 6]);
}

export function resolveSettings(options: MarkdownOptions, fallbackHighlighter: CodeHighlighter): KramdownSettings {
  const highlighterName = options.syntax_highlighter === undefined ? 'rouge' : options.syntax_highlighter;
  const highlighterOpts = options.syntax_highlighter_opts ?? {};
  const defaultLang = highlighterOpts.default_lang === undefined ? 'plaintext' : highlighterOpts.default_lang;
  const mathEngine = options.math_engine === undefined ? 'mathjax' : options.math_engine;
  return {
    autoIds: options.auto_ids ?? true,
    autoIdPrefix: options.auto_id_prefix ?? '',
    tocLevels: parseTocLevels(options.toc_levels),
    quotes: parseQuotes(options.smart_quotes),
    hardWrap: options.hard_wrap ?? false,
    footnoteNumber: Number(options.footnote_nr ?? 1),
    footnoteBacklink: options.footnote_backlink ?? '&#8617;',
    footnotePrefix: options.footnote_prefix ?? '',
    highlighter: highlighterName === 'rouge' ? (options.highlight ?? fallbackHighlighter) : null,
    defaultLang: defaultLang ?? null,
    mathEngine: mathEngine ? String(mathEngine) : null,
  };
}
