import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

interface CachedCss {
  css: string;
  /** Dart Sass's source map, when one was asked for (entries of older builds have none). */
  sourceMap?: string | null;
  /** Every file the compilation read, with a hash of its content when it was read (null: no such file). */
  files: [string, string | null][];
  /** The folders where another file could have been imported instead, with what an import could find there. */
  folders: [string, string][];
}

/** What an import can find in a folder (see importableNames), as one text. */
export type ImportableNames = (folder: string) => string;

/**
 * Compiled CSS kept between builds in `.jtd-cache/sass/`, as Jekyll keeps `.jekyll-cache`: an entry is keyed
 * by the Sass source and settings, and used only while every file it imported still has the same content and
 * no file was added, removed or renamed where an import could have found it.
 * A cache that cannot be read or written is simply not used.
 */
export class CompiledCssCache {
  private readonly memory = new Map<string, CachedCss>();

  constructor(private readonly dir: string | null) {}

  get(key: string, names: ImportableNames): { css: string; sourceMap: string | null } | null {
    const entry = this.memory.get(key) ?? this.readEntry(key);
    if (!entry || !Array.isArray(entry.folders)) return null;
    if (!entry.files.every(([file, hash]) => hashOfFile(file) === hash)) return null;
    if (!entry.folders.every(([folder, listed]) => names(folder) === listed)) return null;
    this.memory.set(key, entry);
    return { css: entry.css, sourceMap: entry.sourceMap ?? null };
  }

  /** Keeps the CSS and source map made from `files`; `folders` null (where other files could be imported from is not known) keeps nothing. */
  set(key: string, compiled: { css: string; sourceMap: string | null }, files: string[], folders: readonly string[] | null, names: ImportableNames): void {
    if (folders === null) {
      this.memory.delete(key);
      return;
    }
    const entry: CachedCss = {
      css: compiled.css,
      sourceMap: compiled.sourceMap,
      files: files.map((file) => [file, hashOfFile(file)]),
      folders: folders.map((folder) => [folder, names(folder)]),
    };
    this.memory.set(key, entry);
    if (!this.dir) return;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      fs.writeFileSync(path.join(this.dir, `${key}.json`), JSON.stringify(entry));
    } catch {
      // a read-only source: the cache only lives in memory
    }
  }

  private readEntry(key: string): CachedCss | null {
    if (!this.dir) return null;
    try {
      return JSON.parse(fs.readFileSync(path.join(this.dir, `${key}.json`), 'utf8')) as CachedCss;
    } catch {
      return null;
    }
  }
}

export function cacheKey(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

function hashOfFile(file: string): string | null {
  try {
    return createHash('sha1').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}
