import fs from 'node:fs';
import path from 'node:path';
import { AppendedFile, type Appender } from '../write/appended-file.js';
import { removeIfThere } from '../write/write-file.js';

/**
 * A file of kept conversions: every HTML text's UTF-8 bytes one after the other, then the JSON of
 * `[key, byte length]` for each in the same order, then a line with the JSON's byte offset (`TRAILER` bytes in
 * all). So a build can write the texts as it makes them, and a later one decodes only those it uses.
 */
const FORMAT = 'jtd markdown conversions 3';
const TRAILER = 16;

interface Index {
  format: string;
  entries: [key: string, bytes: number][];
}

/** The conversions a cache file holds, decoded when asked for. */
export class KeptConversions {
  private constructor(
    private readonly bytes: Buffer,
    private readonly at: Map<string, [start: number, end: number]>,
  ) {}

  static none(): KeptConversions {
    return new KeptConversions(Buffer.alloc(0), new Map());
  }

  /** The conversions of `file`; none when it is missing or damaged. */
  static read(file: string): KeptConversions {
    try {
      const bytes = fs.readFileSync(file);
      const indexAt = Number(bytes.toString('latin1', bytes.length - TRAILER).trim());
      const index = JSON.parse(bytes.toString('utf8', indexAt, bytes.length - TRAILER)) as Index;
      if (index.format !== FORMAT) return KeptConversions.none();
      const at = new Map<string, [number, number]>();
      let start = 0;
      for (const [key, length] of index.entries) {
        at.set(key, [start, start + length]);
        start += length;
      }
      return start === indexAt ? new KeptConversions(bytes, at) : KeptConversions.none();
    } catch {
      return KeptConversions.none();
    }
  }

  get size(): number {
    return this.at.size;
  }

  has(key: string): boolean {
    return this.at.has(key);
  }

  html(key: string): string | undefined {
    const range = this.at.get(key);
    return range && this.bytes.toString('utf8', range[0], range[1]);
  }
}

/**
 * A conversion file written while the build goes on (see AppendedFile); `finish`, once every append is done, adds
 * the index and puts the file in place, removing the files of other settings beside it.
 */
export class ConversionFileWriter {
  private readonly out: AppendedFile;
  private readonly entries: [string, number][] = [];

  constructor(
    private readonly file: string,
    appender: Appender,
  ) {
    this.out = new AppendedFile(file, appender);
  }

  add(key: string, html: string): void {
    this.entries.push([key, this.out.add(html)]);
  }

  /** Call once every append is done (the write thread finished). */
  finish(): void {
    const index: Index = { format: FORMAT, entries: this.entries };
    const trailer = `\n${String(this.out.bytes).padStart(TRAILER - 2, '0')}\n`;
    if (this.out.finish(JSON.stringify(index) + trailer)) removeOtherFiles(this.file);
  }

  abandon(): void {
    this.out.abandon();
  }
}

function removeOtherFiles(file: string): void {
  try {
    const dir = path.dirname(file);
    for (const name of fs.readdirSync(dir)) {
      if (name.endsWith('.conversions') && path.join(dir, name) !== file) removeIfThere(path.join(dir, name));
    }
  } catch {
    // nothing to tidy
  }
}
