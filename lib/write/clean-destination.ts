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
  removeObsolete(destination, '', written, neededDirs, keep, keepDirs);
}

function removeObsolete(
  root: string,
  rel: string,
  written: Set<string>,
  neededDirs: Set<string>,
  keep: RegExp | null,
  keepDirs: Set<string>,
): void {
  for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (keep?.test(child)) continue;
    const full = path.join(root, child);
    if (entry.isDirectory()) {
      removeObsolete(root, child, written, neededDirs, keep, keepDirs);
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
