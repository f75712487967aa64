import fs from 'node:fs';
import path from 'node:path';

/**
 * A file of kept conversions: every HTML text's UTF-8 bytes one after the other, then the JSON of
 * `[key, byte length]` for each in the same order, then a line with the JSON's byte offset (`TRAILER` bytes in
 * all). So a build can write the texts as it makes them, and a later one decodes only those it uses.
 */
const FORMAT = 'jtd markdown conversions 3';
const TRAILER = 16;
/** Texts are appended in batches of about this many bytes. */
const BATCH_BYTES = 1024 * 1024;

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

/** Adds text at the end of a file: on the build's write thread, or here and now. */
export interface Appender {
  append(file: string, text: string): void;
  /** Whether an append to `file` failed (asked once every append is done). */
  appendFailed(file: string): boolean;
}

/** Appends on this thread, at once. */
export function appendingHere(): Appender {
  const failed = new Set<string>();
  return {
    append(file, text) {
      try {
        if (!failed.has(file)) fs.appendFileSync(file, text);
      } catch {
        failed.add(file);
      }
    },
    appendFailed: (file) => failed.has(file),
  };
}

/**
 * A conversion file written while the build goes on: texts are appended in batches under a temporary name (by
 * `appender`, on the write thread in a large build), and `finish`, once every append is done, adds the index and
 * puts the file in place, removing the files of other settings beside it. Writing never fails the build: a file
 * that cannot be written is not kept.
 */
export class ConversionFileWriter {
  private readonly temporary: string;
  private readonly entries: [string, number][] = [];
  private batch: string[] = [];
  private batchBytes = 0;
  private written = 0;
  private failed = false;

  constructor(
    private readonly file: string,
    private readonly appender: Appender,
  ) {
    this.temporary = `${file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(this.temporary, '');
    } catch {
      this.failed = true;
    }
  }

  add(key: string, html: string): void {
    if (this.failed) return;
    const bytes = Buffer.byteLength(html);
    this.entries.push([key, bytes]);
    this.batch.push(html);
    this.batchBytes += bytes;
    if (this.batchBytes >= BATCH_BYTES) this.flush();
  }

  /** Call once every append is done (the write thread finished): the rest is written here. */
  finish(): void {
    if (this.failed) return;
    const index: Index = { format: FORMAT, entries: this.entries };
    const trailer = `\n${String(this.written + this.batchBytes).padStart(TRAILER - 2, '0')}\n`;
    try {
      if (this.appender.appendFailed(this.temporary)) throw new Error('not written');
      fs.appendFileSync(this.temporary, this.batch.join('') + JSON.stringify(index) + trailer);
      fs.renameSync(this.temporary, this.file);
      removeOtherFiles(this.file);
    } catch {
      removeQuietly(this.temporary);
    }
  }

  abandon(): void {
    this.failed = true;
    removeQuietly(this.temporary);
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.appender.append(this.temporary, this.batch.join(''));
    this.written += this.batchBytes;
    this.batch = [];
    this.batchBytes = 0;
  }
}

function removeOtherFiles(file: string): void {
  const dir = path.dirname(file);
  for (const name of fs.readdirSync(dir)) {
    if (name.endsWith('.conversions') && path.join(dir, name) !== file) removeQuietly(path.join(dir, name));
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // a folder that cannot be written: nothing was left there
  }
}
