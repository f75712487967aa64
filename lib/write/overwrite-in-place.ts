import fs from 'node:fs';

/**
 * Replaces the bytes of a file that is already there by writing over it and then cutting it to length,
 * instead of renaming a new file over it: on ext4, renaming over a file (or truncating it to nothing)
 * makes the kernel write the new data out at once, which made a rebuild that rewrites every page several
 * times slower than the writing itself. Returns false, having changed nothing, when the file is missing,
 * not a regular file, a symbolic link or one of several hard links: the caller then writes it as usual.
 * A failure part-way leaves the file cut short or mixed; the next full build sees its changed size and
 * time (see WrittenManifest) and writes it again.
 */
export async function overwriteInPlace(file: string, pieces: readonly Buffer[]): Promise<boolean> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, fs.constants.O_RDWR | (fs.constants.O_NOFOLLOW ?? 0));
  } catch {
    return false;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile() || stat.nlink !== 1) return false;
    const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
    const { bytesWritten } = await handle.writev(pieces as Buffer[], 0);
    if (bytesWritten < length) await handle.write(Buffer.concat(pieces as Buffer[]).subarray(bytesWritten), 0, length - bytesWritten, bytesWritten);
    if (stat.size > length) await handle.truncate(length);
    return true;
  } finally {
    await handle.close();
  }
}
