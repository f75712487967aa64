import fs from 'node:fs';
import path from 'node:path';
import type { ReadContext } from './read-context.js';

/** Every file under `dir` that Jekyll's entry filter keeps, as paths relative to `dir`, sorted. */
export function listFiles(ctx: ReadContext, dir: string, sourceRelative: string | null): string[] {
  const files: string[] = [];
  collect(ctx, dir, '', sourceRelative, files);
  return files;
}

function collect(ctx: ReadContext, dir: string, rel: string, sourceRelative: string | null, out: string[]): void {
  for (const entry of readDir(path.join(dir, rel))) {
    const isDirectory = entry.isDirectory();
    const filterDir = sourceRelative === null ? rel : joinRel(sourceRelative, rel);
    if (!ctx.filter.keeps(filterDir, entry.name, isDirectory)) continue;
    const child = joinRel(rel, entry.name);
    if (isDirectory) collect(ctx, dir, child, sourceRelative, out);
    else if (entry.isFile()) out.push(child);
  }
}

export function readDir(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareNames(a.name, b.name));
  } catch {
    return [];
  }
}

export function joinRel(a: string, b: string): string {
  return a && b ? `${a}/${b}` : a || b;
}

/** Byte order, as Ruby compares strings. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
