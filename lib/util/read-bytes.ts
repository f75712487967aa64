import fs from 'node:fs';

/** Up to `length` bytes of an open file from byte `start` on (fewer where the file ends sooner). */
export function readBytes(fd: number, start: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let filled = 0;
  for (let read = -1; filled < length && read !== 0; filled += read) read = fs.readSync(fd, bytes, filled, length - filled, start + filled);
  return bytes.subarray(0, filled);
}
