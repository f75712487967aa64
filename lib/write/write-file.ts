import fs from 'node:fs';
import path from 'node:path';
import { SiteError } from '../errors/site-error.js';
import { isWithin } from '../util/is-within.js';

/** What to put at `destPath`: text or bytes, bytes in pieces, or a copy of a file. */
export type FileContent = { content: string | Buffer } | { pieces: readonly Buffer[] } | { copyFrom: string };

/**
 * Writes to a temporary name beside the file, then renames it into place, so a build stopped half-way
 * never leaves a half-written file. A full disk or a read-only folder becomes a clear error. Returns the
 * file's full path.
 */
export function writeOutput(destination: string, output: { destPath: string } & FileContent): string {
  const full = target(destination, output.destPath);
  const temporary = temporaryName(full);
  try {
    fs.mkdirSync(path.dirname(full), { recursive: true });
    if ('copyFrom' in output) fs.copyFileSync(output.copyFrom, temporary);
    else if ('pieces' in output) writePiecesNow(temporary, output.pieces);
    else fs.writeFileSync(temporary, output.content);
    fs.renameSync(temporary, full);
    return full;
  } catch (error) {
    removeIfThere(temporary);
    throw writeProblem(error as NodeJS.ErrnoException, output.destPath, destination);
  }
}

/**
 * Removes a file a failed or abandoned write may have left, saying nothing when it cannot: where its folder could not
 * be made (ENOTDIR and the like) there is none, and the write's own error says why.
 */
export function removeIfThere(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // nothing was created there
  }
}

/** `writeOutput` without blocking, so that several files can be written at once. */
export async function writeOutputAsync(destination: string, output: { destPath: string } & FileContent): Promise<void> {
  const full = target(destination, output.destPath);
  const temporary = temporaryName(full);
  try {
    await fs.promises.mkdir(path.dirname(full), { recursive: true });
    if ('copyFrom' in output) await fs.promises.copyFile(output.copyFrom, temporary);
    else if ('pieces' in output) await writePieces(temporary, output.pieces);
    else await fs.promises.writeFile(temporary, output.content);
    await fs.promises.rename(temporary, full);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw writeProblem(error as NodeJS.ErrnoException, output.destPath, destination);
  }
}

function writePiecesNow(file: string, pieces: readonly Buffer[]): void {
  const fd = fs.openSync(file, 'w');
  try {
    let written = 0;
    const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
    while (written < total) written += fs.writevSync(fd, remaining(pieces, written));
  } finally {
    fs.closeSync(fd);
  }
}

/** The pieces from byte `offset` on (a write may stop short). */
function remaining(pieces: readonly Buffer[], offset: number): Buffer[] {
  if (offset === 0) return pieces as Buffer[];
  const rest: Buffer[] = [];
  let skip = offset;
  for (const piece of pieces) {
    if (skip >= piece.length) skip -= piece.length;
    else {
      rest.push(skip > 0 ? piece.subarray(skip) : piece);
      skip = 0;
    }
  }
  return rest;
}

async function writePieces(file: string, pieces: readonly Buffer[]): Promise<void> {
  const handle = await fs.promises.open(file, 'w');
  try {
    await handle.writev(pieces as Buffer[]);
  } finally {
    await handle.close();
  }
}

function temporaryName(full: string): string {
  return `${full}.jtd-${process.pid}.tmp`;
}

function writeProblem(error: NodeJS.ErrnoException, destPath: string, destination: string): SiteError {
  const reasons: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EROFS: 'the destination is on a read-only file system',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'a folder is in the way',
    ENOTDIR: 'a file is in the way of a folder',
  };
  const reason = reasons[error.code ?? ''] ?? error.message;
  return new SiteError(`Could not write ${destPath} in ${destination}: ${reason}.`);
}

export function target(destination: string, relative: string): string {
  const full = path.resolve(destination, relative);
  if (full === path.resolve(destination) || !isWithin(destination, full)) {
    throw new SiteError(`Refusing to write outside the destination: ${relative}`);
  }
  return full;
}
