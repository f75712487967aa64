import { hash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { EntryTerms } from './entry-terms.js';

/** An entry's index terms as kept: per field, `[term, frequency]` pairs; and the number of terms of each field. */
export interface KeptTerms {
  fields: [string, number][][];
  lengths: number[];
}

/** A page's search entries as kept: each entry's JSON text, and its index terms when they were made. */
export interface KeptPage {
  texts: string[];
  /** The tokenizer and fields the terms were made for; null when the page's terms were not made. */
  termsKey: string | null;
  /** Each entry's terms. */
  terms: KeptTerms[] | null;
}

interface KeptFile {
  format: 1;
  /** The code that made the entries (lib/util/code-identity.ts). */
  code: string;
  pages: [key: string, page: KeptPage][];
}

const FILE_NAME = 'pages.json';

/**
 * The search entries and index terms of pages, kept between full builds in `.jtd-cache/search/`, as the Markdown
 * conversions are: found by a hash of everything a page's entries are made from (its converted HTML, URL, title,
 * custom data, the base URL and the heading level), and used only by the code that made them. A build keeps only
 * the pages it used. A file that cannot be read or written is simply not used.
 */
export class KeptSearch {
  private read: Map<string, KeptPage> | null = null;
  private readonly file: string | null;

  /** The pages kept in `dir` (null: none) by the code `code` names; read when first asked for. */
  constructor(
    dir: string | null,
    private readonly code: () => string,
  ) {
    this.file = dir === null ? null : path.join(dir, FILE_NAME);
  }

  private get pages(): Map<string, KeptPage> {
    return (this.read ??= this.file === null ? new Map() : readPages(this.file, this.code()));
  }

  /** The key of a page's entries: a hash of what they are made from. */
  static keyOf(inputs: unknown[]): string {
    return hash('sha1', JSON.stringify(inputs), 'base64');
  }

  page(key: string): KeptPage | undefined {
    return this.pages.get(key);
  }

  /** Whether what was read is these pages exactly, each with the same terms. */
  private holdsAll(keys: [string, string | null][]): boolean {
    const pages = this.pages;
    return keys.length === pages.size && keys.every(([key, terms]) => pages.get(key)?.termsKey === terms);
  }

  /**
   * Writes the pages of these keys, with their terms' keys (`pages` makes them), in place of what was kept, unless
   * they are what was read. Never fails.
   */
  async save(keys: [page: string, terms: string | null][], pages: () => Map<string, KeptPage>): Promise<void> {
    if (this.file === null || this.holdsAll(keys)) return;
    const contents: KeptFile = { format: 1, code: this.code(), pages: [...pages()] };
    const text = JSON.stringify(contents);
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await fsp.mkdir(path.dirname(this.file), { recursive: true });
      await fsp.writeFile(temporary, text);
      await fsp.rename(temporary, this.file);
    } catch {
      await fsp.rm(temporary, { force: true }).catch(() => {});
    }
  }
}

/** An entry's terms in the form they are kept. */
export function keptTerms(terms: EntryTerms): KeptTerms {
  return { fields: terms.fields.map((field) => [...field]), lengths: terms.lengths };
}

/** Kept terms in the form the index reads. */
export function termsOf(kept: KeptTerms): EntryTerms {
  return { fields: kept.fields.map((field) => new Map(field)), lengths: kept.lengths };
}

function readPages(file: string, code: string): Map<string, KeptPage> {
  try {
    const contents = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<KeptFile>;
    return contents.format === 1 && contents.code === code && Array.isArray(contents.pages) ? new Map(contents.pages) : new Map();
  } catch {
    return new Map();
  }
}
