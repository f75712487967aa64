import { Worker } from 'node:worker_threads';
import { SiteError } from '../errors/site-error.js';
import type { PageWriteRequest, WriteThreadData, WriteThreadReply, WrittenPage } from './write-protocol.js';

/** Bytes handed to the write thread and not yet written, past which the main thread waits for it. */
const QUEUED_LIMIT = 16 * 1024 * 1024;
/** A write thread that writes nothing for this long is taken for stuck. */
const STUCK_MS = 120_000;

/**
 * Writes a full build's pages on a thread of their own, so that the system calls of writing a page (making
 * its folder, opening, writing, renaming: a third of a plain site's build) overlap rendering the next one.
 * `write` hands over a page's bytes and returns; `finish` resolves with the pages written once every one is,
 * or fails with the first write that could not be made.
 */
export class PageWriter {
  private readonly worker: Worker;
  private readonly queued = new Int32Array(new SharedArrayBuffer(4));
  private crashed: Error | null = null;
  private finished: Promise<WrittenPage[]> | null = null;

  constructor() {
    const workerData: WriteThreadData = { queued: this.queued };
    this.worker = new Worker(new URL('./write-thread.js', import.meta.url), { workerData });
    this.worker.unref();
    this.worker.on('error', (error) => (this.crashed = error));
  }

  write(destination: string, destPath: string, key: string, pieces: readonly Buffer[]): void {
    const size = pieces.reduce((sum, piece) => sum + piece.length, 0);
    this.waitForRoom(size);
    const bytes = new Uint8Array(new ArrayBuffer(size));
    let at = 0;
    for (const piece of pieces) {
      bytes.set(piece, at);
      at += piece.length;
    }
    Atomics.add(this.queued, 0, size);
    this.worker.postMessage({ destination, destPath, key, bytes } satisfies PageWriteRequest, [bytes.buffer]);
  }

  /** Once every page handed over is written: the pages written, or the first write that failed. Asked again, the same answer. */
  finish(): Promise<WrittenPage[]> {
    this.finished ??= this.collect();
    return this.finished;
  }

  private async collect(): Promise<WrittenPage[]> {
    this.worker.ref();
    try {
      if (this.crashed) throw this.crashed;
      const reply = await new Promise<WriteThreadReply>((resolve, reject) => {
        this.worker.once('message', resolve);
        this.worker.once('error', reject);
        this.worker.postMessage('finish');
      });
      if (reply.failure !== null) throw new SiteError(reply.failure);
      return reply.written;
    } finally {
      void this.worker.terminate();
    }
  }

  private waitForRoom(size: number): void {
    const started = Date.now();
    for (let now = Atomics.load(this.queued, 0); now > 0 && now + size > QUEUED_LIMIT; now = Atomics.load(this.queued, 0)) {
      if (Atomics.wait(this.queued, 0, now, 1000) === 'timed-out' && Date.now() - started > STUCK_MS) {
        throw new SiteError(`Writing pages stopped: nothing was written for ${STUCK_MS / 1000} s.`);
      }
    }
  }
}
