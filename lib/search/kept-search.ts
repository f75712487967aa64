import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readBytes } from '../util/read-bytes.js';
import { AppendedFile, appendingHere } from '../write/appended-file.js';
import type { EntryTerms } from './entry-terms.js';

/** A page's search entries as kept: each entry's JSON text, and its index terms when they were made. */
export interface KeptPage {
  texts: string[];
  /** The tokenizer and fields the terms were made for; null when the page's terms were not made. */
  termsKey: string | null;
  /** Each entry's terms. */
  terms: EntryTerms[] | null;
}

/**
 * The first line of the file; then a line per page: its key, a tab, the JSON of its terms' key, a tab, the JSON of
 * `[texts, termsKey, terms]`.
 */
interface Header {
  format: 2;
  /** The code that made the entries (lib/util/code-identity.ts). */
  code: string;
}

const FILE_NAME = 'pages.jsonl';
const FILES_NAME = 'files.bin';
const HEADER_LIMIT = 64 * 1024;

/** A search file to keep, or kept: where it goes, the key of its bytes when it was made in pieces, and its bytes. */
export interface KeptFile {
  destPath: string;
  bytesKey: string | null;
  /** The bytes, in pieces; a kept file's are read from the cache when asked for. */
  pieces(): Buffer[];
}

/**
 * The first line of the kept search files; their bytes follow, one file after the other. They are never joined
 * into one text: at 10,000 pages the search files are over 100 MB, and their text and its JSON made the
 * build's peak memory 300 MB higher.
 */
interface KeptFilesHeader {
  code: string;
  /** What the files were made from (see generate-search.ts). */
  key: string;
  files: { destPath: string; bytesKey: string | null; length: number }[];
}

/** A file of kept pages being written; `finish` once every append is done. */
export interface KeptSearchWriting {
  finish(): void;
  abandon(): void;
}

/**
 * The search entries and index terms of pages, kept between full builds in `.jtd-cache/search/`, as the Markdown
 * conversions are: found by a hash of everything a page's entries are made from (its converted HTML, URL, title,
 * custom data, the base URL and the heading level), and used only by the code that made them. A build keeps only
 * the pages it used, writing them a page at a time. A file that cannot be read or written is simply not used.
 */
export class KeptSearch {
  private read: Map<string, { termsKey: string; line: string }> | null = null;
  private readonly file: string;

  /** The pages kept in `dir` by the code `code` names; read when first asked for. */
  constructor(
    dir: string,
    private readonly code: () => string,
  ) {
    this.file = path.join(dir, FILE_NAME);
  }

  /**
   * The key of a page's entries: a hash of what they are made from, each input as its type, its length and its text
   * (a string as it is: not the JSON of the page's HTML, which took longer to make than the hash).
   */
  static keyOf(inputs: unknown[]): string {
    const digest = createHash('sha1');
    for (const value of inputs) {
      const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
      digest.update(`${typeof value === 'string' ? 's' : 'j'}${text.length}:`).update(text);
    }
    return digest.digest('base64');
  }

  page(key: string): KeptPage | undefined {
    const kept = this.lines.get(key);
    if (kept === undefined) return undefined;
    const [texts, termsKey, terms] = JSON.parse(kept.line) as [string[], string | null, EntryTerms[] | null];
    return { texts, termsKey, terms };
  }

  /**
   * Starts writing the pages of these keys, with their terms' keys, in place of what was kept (`pages` gives each
   * page's key and contents, in order), unless they are what was read; null then. Written on this thread: at the end
   * of a large build the write thread is still writing pages, and the search stage would wait for it.
   */
  write(keys: [page: string, terms: string | null][], pages: () => Iterable<[string, KeptPage]>): KeptSearchWriting | null {
    if (this.holdsAll(keys)) return null;
    const out = new AppendedFile(this.file, appendingHere());
    out.add(`${JSON.stringify({ format: 2, code: this.code() } satisfies Header)}\n`);
    for (const [key, page] of pages()) out.add(`${key}\t${JSON.stringify(page.termsKey)}\t${JSON.stringify([page.texts, page.termsKey, page.terms])}\n`);
    return { finish: () => void out.finish(), abandon: () => out.abandon() };
  }

  /** The search files the last build made, when it made them from what `key` names and this code. */
  files(key: string): KeptFile[] | null {
    const file = this.filesFile;
    try {
      const { header, start, size } = readHeader(file);
      if (header.code !== this.code() || header.key !== key || !Array.isArray(header.files)) return null;
      if (start + header.files.reduce((sum, kept) => sum + kept.length, 0) !== size) return null;
      let offset = start;
      return header.files.map(({ destPath, bytesKey, length }) => {
        const at = offset;
        offset += length;
        return { destPath, bytesKey, pieces: () => [readRange(file, at, length)] };
      });
    } catch {
      return null;
    }
  }

  /** Keeps the search files made from what `key` names, in place of the last build's. */
  keepFiles(key: string, files: KeptFile[]): void {
    const temporary = `${this.filesFile}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.filesFile), { recursive: true });
      const pieces = files.map((file) => file.pieces());
      const header: KeptFilesHeader = {
        code: this.code(),
        key,
        files: files.map(({ destPath, bytesKey }, i) => ({ destPath, bytesKey, length: pieces[i]!.reduce((sum, piece) => sum + piece.length, 0) })),
      };
      const fd = fs.openSync(temporary, 'w');
      try {
        fs.writeFileSync(fd, `${JSON.stringify(header)}\n`);
        for (const piece of pieces.flat()) fs.writeFileSync(fd, piece);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(temporary, this.filesFile);
    } catch {
      fs.rmSync(temporary, { force: true });
    }
  }

  private get filesFile(): string {
    return path.join(path.dirname(this.file), FILES_NAME);
  }

  private get lines(): Map<string, { termsKey: string; line: string }> {
    return (this.read ??= readLines(this.file, this.code()));
  }

  /** Whether what was read is these pages exactly, each with the same terms' key. */
  private holdsAll(keys: [string, string | null][]): boolean {
    const lines = this.lines;
    return keys.length === lines.size && keys.every(([key, terms]) => lines.get(key)?.termsKey === JSON.stringify(terms));
  }
}

function readLines(file: string, code: string): Map<string, { termsKey: string; line: string }> {
  const lines = new Map<string, { termsKey: string; line: string }>();
  try {
    const text = fs.readFileSync(file, 'utf8');
    const headerEnd = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, headerEnd)) as Partial<Header>;
    if (header.format !== 2 || header.code !== code || !text.endsWith('\n')) return lines;
    for (let at = headerEnd + 1; at < text.length; ) {
      const end = text.indexOf('\n', at);
      const tab = text.indexOf('\t', at);
      const secondTab = text.indexOf('\t', tab + 1);
      lines.set(text.slice(at, tab), { termsKey: text.slice(tab + 1, secondTab), line: text.slice(secondTab + 1, end) });
      at = end + 1;
    }
    return lines;
  } catch {
    return new Map();
  }
}

/** The header line of the kept search files, where their bytes start, and the file's size. */
function readHeader(file: string): { header: KeptFilesHeader; start: number; size: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    // The header names three files: a few hundred bytes.
    const head = readBytes(fd, 0, Math.min(size, HEADER_LIMIT));
    const end = head.indexOf(0x0a);
    if (end < 0) throw new Error('no header line');
    return { header: JSON.parse(head.subarray(0, end).toString('utf8')) as KeptFilesHeader, start: end + 1, size };
  } finally {
    fs.closeSync(fd);
  }
}

function readRange(file: string, start: number, length: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const bytes = readBytes(fd, start, length);
    if (bytes.length < length) throw new Error(`${file} ends before its kept search files`);
    return bytes;
  } finally {
    fs.closeSync(fd);
  }
}
