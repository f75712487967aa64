import fs from 'node:fs';
import path from 'node:path';
import type { ReadContext } from './read-context.js';
import { isWithin } from '../util/is-within.js';

/** Every file under `dir` that Jekyll's entry filter keeps, as paths relative to `dir`, sorted. */
export function listFiles(ctx: ReadContext, dir: string, sourceRelative: string | null): string[] {
  const files: string[] = [];
  collect(ctx, dir, '', sourceRelative, files);
  return files;
}

function collect(ctx: ReadContext, dir: string, rel: string, sourceRelative: string | null, out: string[]): void {
  const filterDir = sourceRelative === null ? rel : joinRel(sourceRelative, rel);
  const listing = ctx.sources.listing(path.join(dir, rel), ctx.config.source);
  for (const entry of ctx.sources.kept(listing, `${ctx.filter.key}\u0000${filterDir}`, (e) => ctx.filter.keeps(filterDir, e.name, e.isDirectory()))) {
    const child = joinRel(rel, entry.name);
    if (entry.isDirectory()) collect(ctx, dir, child, sourceRelative, out);
    else if (entry.isFile()) out.push(child);
  }
}

/** A folder entry, with symbolic links resolved to what they point at. */
export interface DirEntry {
  readonly name: string;
  isDirectory(): boolean;
  isFile(): boolean;
}

/**
 * The entries of a folder in byte order. A symbolic link is followed only when it points inside
 * `root` (the site's source) and, for a folder, not at one of its own parents; others are left out.
 */
export function readDir(dir: string, root: string = dir): DirEntry[] {
  return readListing(dir, root).entries;
}

/** A folder's entries, and whether any came from following a symbolic link (they can change without the folder). */
export function readListing(dir: string, root: string): { entries: DirEntry[]; followedLinks: boolean } {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return { entries: [], followedLinks: false };
  }
  const followedLinks = entries.some((entry) => entry.isSymbolicLink());
  const kept = entries
    .map((entry) => (entry.isSymbolicLink() ? followLink(dir, entry.name, root) : entry))
    .filter((entry): entry is DirEntry => entry !== null)
    .sort((a, b) => compareNames(a.name, b.name));
  return { entries: kept, followedLinks };
}

function followLink(dir: string, name: string, root: string): DirEntry | null {
  try {
    const target = fs.realpathSync(path.join(dir, name));
    const realRoot = fs.realpathSync(root);
    if (!isWithin(realRoot, target)) return null;
    const stat = fs.statSync(target);
    if (stat.isDirectory() && isWithin(target, fs.realpathSync(dir))) return null;
    return { name, isDirectory: () => stat.isDirectory(), isFile: () => stat.isFile() };
  } catch {
    return null;
  }
}

export function joinRel(a: string, b: string): string {
  return a && b ? `${a}/${b}` : a || b;
}

/** Byte order, as Ruby compares strings. */
export function compareNames(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Below the surrogates, UTF-16 units order like UTF-8 bytes; past them only the bytes tell.
    if (x < 0xd800 && y < 0xd800) return x < y ? -1 : 1;
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
