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
 * Before writing `paths`: removes only what stands in their way (a folder where a file goes, a file where a
 * folder must be), so that files a build writes later (search data, sitemaps) are still there to compare.
 */
export function clearTheWay(destination: string, paths: Iterable<string>): void {
  const folders = new Map<string, boolean>();
  for (const file of paths) {
    if (!clearFolders(destination, parentDirs(file), folders)) continue;
    const full = path.join(destination, file);
    if (lstatOf(full)?.isDirectory()) fs.rmSync(full, { recursive: true, force: true });
  }
}

/** Makes sure each folder is a folder or absent; false when one is absent (nothing below it exists). */
function clearFolders(destination: string, dirs: string[], known: Map<string, boolean>): boolean {
  for (const dir of dirs) {
    let exists = known.get(dir);
    if (exists === undefined) {
      const full = path.join(destination, dir);
      const stat = lstatOf(full);
      if (stat && !stat.isDirectory()) fs.rmSync(full, { force: true });
      exists = stat?.isDirectory() === true;
      known.set(dir, exists);
    }
    if (!exists) return false;
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
