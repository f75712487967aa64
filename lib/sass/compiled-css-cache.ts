import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

interface CachedCss {
  css: string;
  /** Every file the compilation read, with a hash of its content when it was read (null: no such file). */
  files: [string, string | null][];
}

/**
 * Compiled CSS kept between builds in `.jtd-cache/sass/`, as Jekyll keeps `.jekyll-cache`: an entry is keyed
 * by the Sass source and settings, and used only while every file it imported still has the same content.
 * A cache that cannot be read or written is simply not used.
 */
export class CompiledCssCache {
  private readonly memory = new Map<string, CachedCss>();

  constructor(private readonly dir: string | null) {}

  get(key: string): string | null {
    const entry = this.memory.get(key) ?? this.readEntry(key);
    if (!entry || !entry.files.every(([file, hash]) => hashOfFile(file) === hash)) return null;
    this.memory.set(key, entry);
    return entry.css;
  }

  set(key: string, css: string, files: string[]): void {
    const entry: CachedCss = { css, files: files.map((file) => [file, hashOfFile(file)]) };
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
