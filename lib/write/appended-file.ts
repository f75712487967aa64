import fs from 'node:fs';
import path from 'node:path';
import { removeIfThere } from './write-file.js';

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

/** Text is handed to the appender in batches of about this many bytes. */
const BATCH_BYTES = 1024 * 1024;

/**
 * A cache file written while the build goes on, so that its contents need not be held until the end: text is
 * appended in batches under a temporary name (by `appender`, on the write thread in a large build), and `finish`,
 * once every append is done, writes the rest and puts the file in place. Writing never fails the build: a file
 * that cannot be written is not kept.
 */
export class AppendedFile {
  private readonly temporary: string;
  private batch: string[] = [];
  private batchBytes = 0;
  private failed = false;
  /** Bytes added so far. */
  bytes = 0;

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

  /** Adds `text`; returns its length in bytes. */
  add(text: string): number {
    const bytes = Buffer.byteLength(text);
    if (this.failed) return bytes;
    this.batch.push(text);
    this.batchBytes += bytes;
    this.bytes += bytes;
    if (this.batchBytes >= BATCH_BYTES) this.flush();
    return bytes;
  }

  /** Call once every append is done (the write thread finished): `tail` and the rest are written here. */
  finish(tail = ''): boolean {
    if (this.failed) return false;
    try {
      if (this.appender.appendFailed(this.temporary)) throw new Error('not written');
      fs.appendFileSync(this.temporary, this.batch.join('') + tail);
      fs.renameSync(this.temporary, this.file);
      return true;
    } catch {
      removeIfThere(this.temporary);
      return false;
    }
  }

  /** Stops writing and removes what was written. */
  abandon(): void {
    this.failed = true;
    removeIfThere(this.temporary);
  }

  private flush(): void {
    this.appender.append(this.temporary, this.batch.join(''));
    this.batch = [];
    this.batchBytes = 0;
  }
}
