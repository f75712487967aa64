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
  removeObsolete(destination, '', { written, neededDirs, keep, keepDirs, onlyInTheWay: false });
}

/**
 * Before writing `written`: removes only what stands in its way (a folder where a file goes, a file where a
 * folder must be), so that files a build writes later (search data, sitemaps) are still there to compare.
 */
export function clearTheWay(destination: string, written: Set<string>, keepFiles: string[]): void {
  if (!fs.existsSync(destination)) return;
  const keep = keepFiles.length > 0 ? new RegExp(`^(?:${keepFiles.map(escapeRegExp).join('|')})`) : null;
  const neededDirs = new Set([...written].flatMap(parentDirs));
  removeObsolete(destination, '', { written, neededDirs, keep, keepDirs: new Set(), onlyInTheWay: true });
}

interface Cleaning {
  written: Set<string>;
  neededDirs: Set<string>;
  keep: RegExp | null;
  keepDirs: Set<string>;
  onlyInTheWay: boolean;
}

function removeObsolete(root: string, rel: string, cleaning: Cleaning): void {
  const { written, neededDirs, keep, keepDirs, onlyInTheWay } = cleaning;
  for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (keep?.test(child)) continue;
    const full = path.join(root, child);
    if (entry.isDirectory()) {
      if (onlyInTheWay && !written.has(child)) {
        if (neededDirs.has(child)) removeObsolete(root, child, cleaning);
        continue;
      }
      removeObsolete(root, child, { ...cleaning, onlyInTheWay: false });
      if (!neededDirs.has(child) && !keepDirs.has(child) && fs.readdirSync(full).length === 0) fs.rmdirSync(full);
    } else if (onlyInTheWay ? neededDirs.has(child) : !written.has(child)) {
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
