import { hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { MarkdownRenderer } from './index.js';

/** The file's format: a version, then `[hash of the text, its HTML]` pairs. */
interface CacheFile {
  format: 1;
  conversions: [string, string][];
}

const FORMAT = 1;

/**
 * Markdown conversions kept between full builds in `.jtd-cache/markdown/`, as Jekyll 4 keeps kramdown's in
 * `.jekyll-cache`. A text's HTML is looked up by a hash of the text, in the file named for everything else a
 * conversion depends on (jtd's code and the site's `kramdown` settings), so a change to either starts another
 * file. Saving keeps the conversions this build used and drops the rest, and the files of other settings. A cache
 * that cannot be read or written is simply not used.
 */
export class ConversionCache {
  private readonly used = new Map<string, string>();
  private converted = 0;
  private taken = 0;

  private constructor(
    private readonly file: string | null,
    private readonly kept: Map<string, string>,
  ) {}

  /** The cache of `dir` for these settings; `dir` null keeps conversions in memory only. */
  static open(dir: string | null, settings: string): ConversionCache {
    if (dir === null) return new ConversionCache(null, new Map());
    const file = path.join(dir, `${hash('sha256', settings, 'hex').slice(0, 32)}.json`);
    return new ConversionCache(file, readConversions(file));
  }

  /** The HTML of `text`: kept, or made by `render` and kept. */
  convert(text: string, render: (text: string) => string): string {
    const key = hash('sha1', text, 'base64');
    let html = this.used.get(key);
    if (html !== undefined) return html;
    html = this.kept.get(key);
    if (html === undefined) {
      html = render(text);
      this.converted++;
    } else {
      this.taken++;
    }
    this.used.set(key, html);
    return html;
  }

  /** The conversions used since opening, to hand to the cache of another thread of the same build. */
  usedConversions(): [string, string][] {
    return [...this.used];
  }

  /** Another thread's conversions (see usedConversions), to be saved with these. */
  adopt(conversions: [string, string][]): void {
    for (const [key, html] of conversions) {
      if (this.used.has(key)) continue;
      this.used.set(key, html);
      if (!this.kept.has(key)) this.converted++;
    }
  }

  /** How many distinct texts this cache converted, and how many it found converted. */
  counts(): { converted: number; taken: number } {
    return { converted: this.converted, taken: this.taken };
  }

  /** Writes the conversions used since opening, when they differ from the ones read. */
  save(): void {
    if (this.file === null || (this.converted === 0 && this.used.size === this.kept.size)) return;
    const dir = path.dirname(this.file);
    const contents: CacheFile = { format: FORMAT, conversions: [...this.used] };
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(temporary, JSON.stringify(contents));
      fs.renameSync(temporary, this.file);
      for (const name of fs.readdirSync(dir)) {
        if (name.endsWith('.json') && path.join(dir, name) !== this.file) fs.rmSync(path.join(dir, name), { force: true });
      }
    } catch {
      removeQuietly(temporary);
    }
  }
}

/**
 * A Markdown renderer whose conversions go through `cache`; the renderer itself is made (`make`) only when a text
 * is not in the cache or `smartify` is used.
 */
export function convertingThrough(cache: ConversionCache, make: () => MarkdownRenderer): MarkdownRenderer {
  let renderer: MarkdownRenderer | null = null;
  const made = () => (renderer ??= make());
  return {
    render: (text) => cache.convert(text, (uncached) => made().render(uncached)),
    smartify: (text) => made().smartify(text),
  };
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // nothing to remove, or a folder that cannot be written: nothing was left there
  }
}

function readConversions(file: string): Map<string, string> {
  try {
    const contents = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<CacheFile>;
    return contents.format === FORMAT && Array.isArray(contents.conversions) ? new Map(contents.conversions) : new Map();
  } catch {
    return new Map();
  }
}
