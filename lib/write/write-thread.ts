import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { writeOutput } from './write-file.js';
import type { FileAppend, PageWriteBatch, PageWriteRequest, SharedSource, WriteThreadData, WrittenPage } from './write-protocol.js';

/**
 * The thread that writes a full build's pages while the main thread renders the next ones: each request is
 * written as the main thread would have (temporary name, then rename), its bytes taken off the queued count, its
 * size and time noted for the written manifest.
 * The first failure is kept and reported when the main thread asks for the end; later pages are still written.
 */
const { queued } = workerData as WriteThreadData;
let firstFailure: string | null = null;
const written: WrittenPage[] = [];
const failedAppends = new Set<string>();
const sources: Buffer[] = [];

parentPort!.on('message', (message: PageWriteBatch | SharedSource | FileAppend | 'finish') => {
  if (message === 'finish') {
    parentPort!.postMessage({ failure: firstFailure, written, failedAppends: [...failedAppends] });
    return;
  }
  if ('id' in message) {
    sources[message.id] = toBuffer(message.bytes);
    return;
  }
  if ('appendTo' in message) {
    append(message);
    return;
  }
  const batch = toBuffer(message.bytes);
  for (const page of message.pages) writePage(page, pageBytes(page.segments, batch));
  Atomics.sub(queued, 0, batch.length);
  Atomics.notify(queued, 0);
});

function append({ appendTo, bytes }: FileAppend): void {
  try {
    if (!failedAppends.has(appendTo)) fs.appendFileSync(appendTo, bytes);
  } catch {
    failedAppends.add(appendTo);
  }
  Atomics.sub(queued, 0, bytes.length);
  Atomics.notify(queued, 0);
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function pageBytes(segments: number[], batch: Buffer): Buffer[] {
  const pieces: Buffer[] = [];
  for (let i = 0; i < segments.length; i += 3) pieces.push((segments[i]! < 0 ? batch : sources[segments[i]!]!).subarray(segments[i + 1], segments[i + 2]));
  return pieces;
}

function writePage({ destination, destPath, key }: PageWriteRequest, pieces: Buffer[]): void {
  try {
    const stat = fs.statSync(writeOutput(destination, { destPath, pieces }));
    written.push({ destPath, key, size: stat.size, mtimeMs: stat.mtimeMs });
  } catch (error) {
    firstFailure ??= (error as Error).message;
  }
}
