import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { target, writeOutput } from './write-file.js';
import type { PageWriteRequest, WriteThreadData, WrittenPage } from './write-protocol.js';

/**
 * The thread that writes a full build's pages while the main thread renders the next ones: each request is
 * written as the main thread would have (temporary name, then rename), its bytes taken off the queued count, its
 * size and time noted for the written manifest.
 * The first failure is kept and reported when the main thread asks for the end; later pages are still written.
 */
const { queued } = workerData as WriteThreadData;
let firstFailure: string | null = null;
const written: WrittenPage[] = [];

parentPort!.on('message', (message: PageWriteRequest | 'finish') => {
  if (message === 'finish') {
    parentPort!.postMessage({ failure: firstFailure, written });
    return;
  }
  try {
    const { destination, destPath, key, bytes } = message;
    writeOutput(destination, { destPath, content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    const stat = fs.statSync(target(destination, destPath));
    written.push({ destPath, key, size: stat.size, mtimeMs: stat.mtimeMs });
  } catch (error) {
    firstFailure ??= (error as Error).message;
  } finally {
    Atomics.sub(queued, 0, message.bytes.byteLength);
    Atomics.notify(queued, 0);
  }
});
