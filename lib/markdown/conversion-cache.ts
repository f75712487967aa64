import { hash } from 'node:crypto';
import path from 'node:path';
import { ConversionFileWriter, KeptConversions } from './conversion-file.js';
import { appendingHere, type Appender } from '../write/appended-file.js';
import type { MarkdownRenderer } from './index.js';

/**
 * Markdown conversions kept between full builds in `.jtd-cache/markdown/`, as Jekyll 4 keeps kramdown's in
 * `.jekyll-cache`. A text's HTML is looked up by a hash of the text, in the file named for everything else a
 * conversion depends on (jtd's code and the site's `kramdown` settings), so a change to either starts another
 * file. The file a build writes holds the conversions it used, written as they are made; none is written when the
 * build used exactly the conversions it read. A cache that cannot be read or written is simply not used.
 */
export class ConversionCache {
  /** Keys of the texts this build converted or took. Their HTML is not kept here: a built page lets go of it. */
  private readonly used = new Set<string>();
  /** What a cache that only reads made, for the main thread's cache (see `writes`). */
  private readonly made: [string, string][] | null;
  private writer: ConversionFileWriter | null = null;
  private appender: Appender = appendingHere();
  /** Where this build's file goes; null once saved, or when this cache only reads. */
  private writesTo: string | null;
  private converted = 0;
  private taken = 0;

  private constructor(
    file: string | null,
    private readonly kept: KeptConversions,
    writes: boolean,
  ) {
    this.writesTo = writes ? file : null;
    this.made = writes ? null : [];
  }

  /**
   * The cache of `dir` for these settings; `dir` null keeps no conversions. `writes` false: the file is only read,
   * and the conversions made are handed to the main thread's cache (a second thread of a build).
   */
  static open(dir: string | null, settings: string, writes = true): ConversionCache {
    if (dir === null) return new ConversionCache(null, KeptConversions.none(), writes);
    const file = path.join(dir, `${hash('sha256', settings, 'hex').slice(0, 32)}.conversions`);
    return new ConversionCache(file, KeptConversions.read(file), writes);
  }

  /** The HTML of `text`: kept, or made by `render`. */
  convert(text: string, render: (text: string) => string): string {
    const key = hash('sha1', text, 'base64');
    const kept = this.kept.html(key);
    const html = kept ?? render(text);
    if (!this.used.has(key)) {
      if (kept === undefined) this.converted++;
      else this.taken++;
      this.use(key, html);
    }
    return html;
  }

  /** The conversions this cache made, when it only reads: to hand to the main thread's cache. */
  madeConversions(): [string, string][] {
    return this.made ?? [];
  }

  /** Another thread's conversions (see madeConversions), to be saved with these. */
  adopt(conversions: [string, string][]): void {
    for (const [key, html] of conversions) {
      if (this.used.has(key)) continue;
      if (!this.kept.has(key)) this.converted++;
      this.use(key, html);
    }
  }

  /** How many distinct texts this cache converted, and how many it found converted. */
  counts(): { converted: number; taken: number } {
    return { converted: this.converted, taken: this.taken };
  }

  /** From now on, the file is written by `appender` (the build's write thread). */
  appendThrough(appender: Appender): void {
    this.appender = appender;
  }

  /**
   * Puts the file of the conversions used so far in place, unless they are the ones read; call once the write
   * thread, if any, is done. Never fails: a cache that cannot be written is not kept.
   */
  save(): void {
    if (!this.writer && this.used.size !== this.kept.size) {
      this.appender = appendingHere();
      this.startWriting();
    }
    this.writer?.finish();
    this.writer = null;
    this.writesTo = null;
  }

  /** Leaves the file as it was (the build failed): what was written of the new one is removed. */
  abandon(): void {
    this.writer?.abandon();
    this.writer = null;
    this.writesTo = null;
  }

  private use(key: string, html: string): void {
    this.used.add(key);
    if (this.writer) this.writer.add(key, html);
    else if (!this.kept.has(key)) this.startWriting(key, html);
    if (this.made && !this.kept.has(key)) this.made.push([key, html]);
  }

  /**
   * From the first conversion not read from the file (`key`, `html`), the file is written again: with what was used
   * so far, all of it read from the file but that one.
   */
  private startWriting(key?: string, html?: string): void {
    if (this.writesTo === null) return;
    const writer = new ConversionFileWriter(this.writesTo, this.appender);
    for (const used of this.used) writer.add(used, used === key ? html! : this.kept.html(used)!);
    this.writer = writer;
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
