import fs from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/config.js';
import { target } from './write-file.js';
import type { WrittenPage } from './write-protocol.js';
import { diskCachePath } from '../config/disk-cache.js';

interface WrittenEntry {
  /** Equal only for equal bytes: a hash of them, or a key standing for them (see NavSlots.fillBytes). */
  key: string;
  size: number;
  mtimeMs: number;
}

interface ManifestFile {
  destination: string;
  entries: Record<string, WrittenEntry>;
}

/**
 * What the last full build wrote, kept in `.jtd-cache/written.json` (as Jekyll keeps `.jekyll-cache`), so that
 * the next full build leaves a file alone when its bytes would be the same and the file is still as that
 * build left it (same size and modification time). A missing, unreadable or foreign manifest means every
 * file is written.
 */
export class WrittenManifest {
  private readonly next: Record<string, WrittenEntry> = {};

  private constructor(
    private readonly file: string | null,
    private readonly destination: string,
    private readonly previous: Record<string, WrittenEntry>,
  ) {}

  static load(config: SiteConfig): WrittenManifest {
    const file = diskCachePath(config, 'written.json');
    return new WrittenManifest(file, config.destination, file ? readEntries(file, config.destination) : {});
  }

  /** Whether `destPath` already holds the bytes `key` stands for; if so it is kept in the next manifest. */
  holds(destPath: string, key: string): boolean {
    const entry = this.previous[destPath];
    if (!entry || entry.key !== key) return false;
    const stat = statOf(target(this.destination, destPath));
    if (!stat || stat.size !== entry.size || stat.mtimeMs !== entry.mtimeMs) return false;
    this.next[destPath] = entry;
    return true;
  }

  /** `destPath` was just written with the bytes `key` stands for. */
  record(destPath: string, key: string): void {
    const stat = statOf(target(this.destination, destPath));
    if (stat) this.next[destPath] = { key, size: stat.size, mtimeMs: stat.mtimeMs };
  }

  /** Pages another thread wrote, with the size and time it found them at. */
  recordWritten(pages: readonly WrittenPage[]): void {
    for (const page of pages) this.next[page.destPath] = { key: page.key, size: page.size, mtimeMs: page.mtimeMs };
  }

  save(): void {
    if (!this.file) return;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const manifest: ManifestFile = { destination: this.destination, entries: this.next };
      fs.writeFileSync(this.file, JSON.stringify(manifest));
    } catch {
      // a read-only source: the next build writes every file
    }
  }
}

function readEntries(file: string, destination: string): Record<string, WrittenEntry> {
  try {
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as ManifestFile;
    return manifest.destination === destination && typeof manifest.entries === 'object' ? manifest.entries : {};
  } catch {
    return {};
  }
}

function statOf(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}
