import fs from 'node:fs';
import path from 'node:path';
import { hasFrontMatter } from './front-matter.js';
import type { ParsedSource } from './source-text.js';
import { readListing, type DirEntry } from './walk.js';
import { readBytes } from '../util/read-bytes.js';

/** What is known about one source file at a given modification time and size. */
export interface SourceEntry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly hasFrontMatter: boolean;
  /** The file's bytes, read with its start, until its text is made (small files with front matter only). */
  bytes: Buffer | null;
  text: string | null;
  /** Byte offset of the first byte that is not UTF-8, when the file has one. */
  invalidUtf8At: number | null;
  /** The front matter and body, parsed once while the file is unchanged. */
  parsed: ParsedSource | null;
}

/**
 * Files up to this size are read whole when their front matter is looked for: a page is then read once, not its start
 * and later all of it (half the system calls of reading a site's pages).
 */
const READ_WHOLE_UP_TO = 64 * 1024;
/** The bytes front matter is looked for in. */
const HEAD_BYTES = 512;

/**
 * Source files read during a build, kept by a watching session so that a rebuild reads and parses
 * again only the files whose modification time or size changed.
 */
export class SourceCache {
  private readonly entries = new Map<string, SourceEntry>();
  /** Folder listings, by folder and source root (a listing through a symbolic link is never kept). */
  private readonly listings = new Map<string, DirEntry[]>();
  /** The entries a filter kept of a listing, with the filter's key. */
  private readonly keptEntries = new WeakMap<DirEntry[], { key: string; entries: DirEntry[] }>();
  /** When set, entries are trusted without asking the file system; `forget` drops changed files. */
  private trusted = false;

  /** From now on, cached files count as unchanged until `forget` names them (a watcher reports every change). */
  trustUntilForgotten(): void {
    this.trusted = true;
  }

  /**
   * Drops the files (and everything under folders) that changed, and the listings of their folders and
   * of every folder above them (a new file may sit in new folders the watcher did not name).
   */
  forget(paths: string[]): void {
    for (const changed of paths) {
      const folder = changed.endsWith(path.sep) ? changed : `${changed}${path.sep}`;
      // A path known as a file has no files under it to forget (if it is a folder now, they are new).
      if (!this.entries.delete(changed)) for (const file of this.entries.keys()) if (file.startsWith(folder)) this.entries.delete(file);
      for (const key of this.listings.keys()) if (isListingAtOrAbove(key, changed, folder)) this.listings.delete(key);
    }
  }

  /** The entries of `dir` in byte order (see readDir), read again only when `forget` named something in it. */
  listing(dir: string, root: string): DirEntry[] {
    const key = `${dir}\u0000${root}`;
    const cached = this.listings.get(key);
    if (cached && this.trusted) return cached;
    const { entries, followedLinks } = readListing(dir, root);
    if (followedLinks) this.listings.delete(key);
    else this.listings.set(key, entries);
    return entries;
  }

  /** The entries of `listing` that `keeps` keeps, remembered with the listing while `key` (the filter's inputs) is the same. */
  kept(listing: DirEntry[], key: string, keeps: (entry: DirEntry) => boolean): DirEntry[] {
    const cached = this.keptEntries.get(listing);
    if (cached && cached.key === key) return cached.entries;
    const entries = listing.filter(keeps);
    this.keptEntries.set(listing, { key, entries });
    return entries;
  }

  entry(file: string): SourceEntry {
    const cached = this.entries.get(file);
    if (cached && this.trusted) return cached;
    if (cached) {
      const stat = fs.statSync(file);
      if (cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
    }
    const { stat, frontMatter, bytes } = readSourceFile(file, READ_WHOLE_UP_TO);
    const entry: SourceEntry = {
      mtimeMs: stat.mtimeMs,
      size: stat.size,
      hasFrontMatter: frontMatter,
      bytes: frontMatter ? bytes : null,
      text: null,
      invalidUtf8At: null,
      parsed: null,
    };
    this.entries.set(file, entry);
    return entry;
  }

  /** The parsed file as the cache holds it, without asking the file system (null when not parsed). */
  parsedOf(file: string): ParsedSource | null {
    return this.entries.get(file)?.parsed ?? null;
  }

  text(file: string): string {
    const entry = this.entry(file);
    if (entry.text === null) {
      const bytes = entry.bytes ?? fs.readFileSync(file);
      entry.bytes = null;
      entry.text = bytes.toString('utf8');
      if (entry.text.includes('\uFFFD')) entry.invalidUtf8At = firstInvalidUtf8(bytes);
    }
    return entry.text;
  }
}

/**
 * From one opening of the file: its status, whether it starts with front matter, and then all its bytes when it has
 * at most `limit` of them. Only the start of a file without front matter is read: it is copied as it is, later
 * (a site's images would otherwise all be read once for nothing).
 */
function readSourceFile(file: string, limit: number): { stat: fs.Stats; frontMatter: boolean; bytes: Buffer | null } {
  const fd = fs.openSync(file, 'r');
  try {
    const stat = fs.fstatSync(fd);
    const head = readBytes(fd, 0, Math.min(stat.size, HEAD_BYTES));
    const frontMatter = hasFrontMatter(head.toString('latin1'));
    if (!frontMatter || stat.size > limit) return { stat, frontMatter, bytes: null };
    return { stat, frontMatter, bytes: head.length === stat.size ? head : readBytes(fd, 0, stat.size) };
  } finally {
    fs.closeSync(fd);
  }
}

function isListingAtOrAbove(key: string, changed: string, changedFolder: string): boolean {
  const dir = key.slice(0, key.indexOf('\u0000'));
  if (dir === changed || dir.startsWith(changedFolder)) return true;
  const dirFolder = dir.endsWith(path.sep) ? dir : `${dir}${path.sep}`;
  return changed.startsWith(dirFolder);
}

/** Where a byte sequence stops being UTF-8 (null when it is valid, including a real U+FFFD). */
function firstInvalidUtf8(bytes: Buffer): number | null {
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    strict.decode(bytes);
    return null;
  } catch {
    let low = 0;
    let high = bytes.length;
    while (high - low > 1) {
      const mid = (low + high) >> 1;
      if (decodes(strict, bytes.subarray(0, mid))) low = mid;
      else high = mid;
    }
    return low;
  }
}

function decodes(decoder: TextDecoder, bytes: Uint8Array): boolean {
  try {
    decoder.decode(bytes, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

