import { hash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { MarkdownRenderer } from './index.js';

/**
 * The file: this first line, a line with the JSON of `[hash of a text, length of its HTML]` pairs, then every
 * HTML one after the other (quicker to write and read than the JSON of the HTML texts).
 */
const FIRST_LINE = 'jtd markdown conversions 2\n';

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
    const file = path.join(dir, `${hash('sha256', settings, 'hex').slice(0, 32)}.conversions`);
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

  /**
   * Writes the conversions used so far, when they differ from the ones read; the file is written while the build
   * goes on. Never fails: a cache that cannot be written is not kept.
   */
  async save(): Promise<void> {
    if (this.file === null || (this.converted === 0 && this.used.size === this.kept.size)) return;
    const dir = path.dirname(this.file);
    const temporary = `${this.file}.${process.pid}.tmp`;
    const contents = contentsOf(this.used);
    try {
      await fsp.mkdir(dir, { recursive: true });
      await fsp.writeFile(temporary, contents);
      await fsp.rename(temporary, this.file);
      for (const name of await fsp.readdir(dir)) {
        if (name.endsWith('.conversions') && path.join(dir, name) !== this.file) await fsp.rm(path.join(dir, name), { force: true });
      }
    } catch {
      await fsp.rm(temporary, { force: true }).catch(() => {});
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

function contentsOf(conversions: Map<string, string>): string {
  const lengths = [...conversions].map(([key, html]) => [key, html.length]);
  return `${FIRST_LINE}${JSON.stringify(lengths)}\n${[...conversions.values()].join('')}`;
}

function readConversions(file: string): Map<string, string> {
  const conversions = new Map<string, string>();
  try {
    const contents = fs.readFileSync(file, 'utf8');
    if (!contents.startsWith(FIRST_LINE)) return conversions;
    const lengthsEnd = contents.indexOf('\n', FIRST_LINE.length);
    const lengths = JSON.parse(contents.slice(FIRST_LINE.length, lengthsEnd)) as [string, number][];
    let at = lengthsEnd + 1;
    for (const [key, length] of lengths) {
      conversions.set(key, contents.slice(at, at + length));
      at += length;
    }
    return at === contents.length ? conversions : new Map();
  } catch {
    return new Map();
  }
}
