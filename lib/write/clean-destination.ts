import fs from 'node:fs';
import { escapeRegExp } from '../util/escape-regexp.js';
import path from 'node:path';

/**
 * Jekyll's Cleaner: removes files and folders in the destination that this build does not write,
 * except `keep_files` (matched as prefixes of the path inside the destination) and their parent folders.
 */
export function cleanDestination(destination: string, written: Set<string>, keepFiles: string[]): void {
  if (!fs.existsSync(destination)) return;
  const keep = keepFiles.length > 0 ? new RegExp(`^(?:${keepFiles.map(escapeRegExp).join('|')})`) : null;
  const keepDirs = new Set(keepFiles.flatMap(parentDirs));
  const neededDirs = new Set([...written].flatMap(parentDirs));
  removeObsolete(destination, '', { written, neededDirs, keep, keepDirs });
}

/**
 * Before writing `paths`: removes only what stands in their way (a folder where a file goes, a file or a link where
 * a folder must be), so that files a build writes later (search data, sitemaps) are still there to compare. The
 * folders on the way are looked up in their parents' listings, each read once: into an empty destination that is one
 * listing, however many files.
 */
export function clearTheWay(destination: string, paths: Iterable<string>): void {
  const listings = new Map<string, Map<string, boolean> | null>();
  for (const file of paths) {
    if (!clearFolders(destination, parentDirs(file), listings)) continue;
    const full = path.join(destination, file);
    if (lstatOf(full)?.isDirectory()) fs.rmSync(full, { recursive: true, force: true });
  }
}

/** Makes sure each folder is a folder or absent; false when one is absent (nothing below it exists). */
function clearFolders(destination: string, dirs: string[], listings: Map<string, Map<string, boolean> | null>): boolean {
  let parent = '';
  for (const dir of dirs) {
    const listing = listingOf(destination, parent, listings);
    const name = dir.slice(parent === '' ? 0 : parent.length + 1);
    const isFolder = listing?.get(name);
    if (isFolder === false) {
      fs.rmSync(path.join(destination, dir), { force: true });
      listing!.delete(name);
    }
    if (isFolder !== true) return false;
    parent = dir;
  }
  return true;
}

function lstatOf(file: string): fs.Stats | null {
  try {
    return fs.lstatSync(file);
  } catch {
    return null;
  }
}

/** A folder's entries, each with whether it is a folder (a link is not); null when the folder is absent. */
function listingOf(destination: string, dir: string, listings: Map<string, Map<string, boolean> | null>): Map<string, boolean> | null {
  let listing = listings.get(dir);
  if (listing === undefined) {
    try {
      listing = new Map(fs.readdirSync(path.join(destination, dir), { withFileTypes: true }).map((entry) => [entry.name, entry.isDirectory()]));
    } catch {
      listing = null;
    }
    listings.set(dir, listing);
  }
  return listing;
}

interface Cleaning {
  written: Set<string>;
  neededDirs: Set<string>;
  keep: RegExp | null;
  keepDirs: Set<string>;
}

function removeObsolete(root: string, rel: string, cleaning: Cleaning): void {
  const { written, neededDirs, keep, keepDirs } = cleaning;
  for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (keep?.test(child)) continue;
    const full = path.join(root, child);
    if (entry.isDirectory()) {
      removeObsolete(root, child, cleaning);
      if (!neededDirs.has(child) && !keepDirs.has(child) && fs.readdirSync(full).length === 0) fs.rmdirSync(full);
    } else if (!written.has(child)) {
      fs.rmSync(full, { force: true });
    }
  }
}

function parentDirs(file: string): string[] {
  const parts = file.split('/');
  const dirs: string[] = [];
  for (let i = 1; i < parts.length; i++) dirs.push(parts.slice(0, i).join('/'));
  return dirs;
}
