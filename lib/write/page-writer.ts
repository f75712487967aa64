import { Worker } from 'node:worker_threads';
import { SiteError } from '../errors/site-error.js';
import type { FileAppend, PageWriteBatch, PageWriteRequest, SharedSource, WriteThreadData, WriteThreadReply, WrittenPage } from './write-protocol.js';

/** Bytes handed to the write thread and not yet written, past which the main thread waits for it. */
const QUEUED_LIMIT = 16 * 1024 * 1024;
/** Pages go over in batches of about this many bytes: a message and a buffer per batch, not per page. */
const BATCH_BYTES = 1024 * 1024;
/**
 * A buffer at least this large that pieces of two pages come from (the encoded navigation every just-the-docs
 * page holds) is sent once; pages then say which part of it they hold instead of carrying a copy.
 */
const SHARED_FROM = 64 * 1024;
/** A write thread that writes nothing for this long is taken for stuck. */
const STUCK_MS = 120_000;

/**
 * Writes a full build's pages on a thread of their own, so that the system calls of writing a page (making
 * its folder, opening, writing, renaming: a third of a plain site's build) overlap rendering the next one.
 * `write` copies a page's bytes into the batch being filled (sent when full) and returns; `finish` sends the
 * last batch and resolves with the pages written once every one is, or fails with the first write that could
 * not be made.
 */
export class PageWriter {
  private readonly worker: Worker;
  private readonly queued = new Int32Array(new SharedArrayBuffer(4));
  private crashed: Error | null = null;
  private finished: Promise<WrittenPage[]> | null = null;
  private batch: { bytes: Buffer; used: number; pages: PageWriteRequest[] } | null = null;
  private pagesHandedOver = 0;
  /** The first page a large buffer's pieces were seen in, and the ids of the buffers sent as shared sources. */
  private readonly firstSeenIn = new WeakMap<ArrayBufferLike, number>();
  private readonly sources = new WeakMap<ArrayBufferLike, number>();
  private sourceCount = 0;
  private readonly failedAppends = new Set<string>();

  constructor() {
    const workerData: WriteThreadData = { queued: this.queued };
    this.worker = new Worker(new URL('./write-thread.js', import.meta.url), { workerData });
    this.worker.unref();
    this.worker.on('error', (error) => (this.crashed = error));
  }

  write(destination: string, destPath: string, key: string, pieces: readonly Buffer[]): void {
    const page = this.pagesHandedOver++;
    const sources = pieces.map((piece) => this.sourceOf(piece, page));
    let size = 0;
    for (let i = 0; i < pieces.length; i++) if (sources[i]! < 0) size += pieces[i]!.length;
    if (this.batch && this.batch.used + size > this.batch.bytes.length) this.handOver();
    const batch = (this.batch ??= this.newBatch(Math.max(size, BATCH_BYTES)));
    const segments: number[] = [];
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (sources[i]! >= 0) {
        segments.push(sources[i]!, piece.byteOffset, piece.byteOffset + piece.length);
      } else {
        const start = batch.used;
        batch.used += piece.copy(batch.bytes, start);
        segments.push(-1, start, batch.used);
      }
    }
    batch.pages.push({ destination, destPath, key, segments });
  }

  /**
   * Adds `text` at the end of `file` (which exists), in order with the other appends to it. A failed append does
   * not fail the writes: `appendFailed` tells it once `finish` has settled.
   */
  append(file: string, text: string): void {
    const bytes = new TextEncoder().encode(text);
    this.waitForRoom(bytes.length);
    Atomics.add(this.queued, 0, bytes.length);
    this.worker.postMessage({ appendTo: file, bytes } satisfies FileAppend, [bytes.buffer]);
  }

  /** Whether an append to `file` failed (known once `finish` has settled). */
  appendFailed(file: string): boolean {
    return this.failedAppends.has(file);
  }

  /** The shared source a piece comes from (sent the first time a second page uses its buffer), or -1: copy it. */
  private sourceOf(piece: Buffer, page: number): number {
    const whole = piece.buffer;
    if (whole.byteLength < SHARED_FROM) return -1;
    const known = this.sources.get(whole);
    if (known !== undefined) return known;
    const first = this.firstSeenIn.get(whole);
    if (first === undefined || first === page) {
      this.firstSeenIn.set(whole, page);
      return -1;
    }
    const id = this.sourceCount++;
    this.sources.set(whole, id);
    const bytes = new Uint8Array(whole).slice();
    this.worker.postMessage({ id, bytes } satisfies SharedSource, [bytes.buffer]);
    return id;
  }

  /** Once every page handed over is written: the pages written, or the first write that failed. Asked again, the same answer. */
  finish(): Promise<WrittenPage[]> {
    this.finished ??= this.collect();
    return this.finished;
  }

  private newBatch(capacity: number): { bytes: Buffer; used: number; pages: PageWriteRequest[] } {
    this.waitForRoom(capacity);
    return { bytes: Buffer.allocUnsafeSlow(capacity), used: 0, pages: [] };
  }

  /** Sends the batch being filled, its buffer transferred, not copied. */
  private handOver(): void {
    const batch = this.batch;
    if (!batch) return;
    this.batch = null;
    Atomics.add(this.queued, 0, batch.bytes.length);
    this.worker.postMessage({ pages: batch.pages, bytes: batch.bytes } satisfies PageWriteBatch, [batch.bytes.buffer as ArrayBuffer]);
  }

  private async collect(): Promise<WrittenPage[]> {
    this.handOver();
    this.worker.ref();
    try {
      if (this.crashed) throw this.crashed;
      const reply = await new Promise<WriteThreadReply>((resolve, reject) => {
        this.worker.once('message', resolve);
        this.worker.once('error', reject);
        this.worker.postMessage('finish');
      });
      for (const file of reply.failedAppends) this.failedAppends.add(file);
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
