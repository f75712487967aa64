import type { Site } from '../model/site.js';
import { overwriteInPlace } from './overwrite-in-place.js';
import { target, writeOutputAsync, type FileContent } from './write-file.js';
import { hashOf, plannedOutputs, removeVanished, sameState, type WriteResult, type WrittenOutputs, type WrittenState } from './write-site.js';

/** A page put together from pieces (a kept page with new sidebars): `key` is equal for two only when their bytes are. */
export interface PieceOutput {
  readonly key: string;
  pieces(): Buffer[];
}

/** Files written at once: enough to keep the disk busy while the next ones are made. */
const PARALLEL_WRITES = 8;

/**
 * A rebuild's write: only outputs whose bytes changed since `previous` are written (several at once),
 * and outputs that vanished are deleted. `pieced` gives the bytes of pages that only hold a key.
 */
export async function writeChanges(site: Site, previous: WrittenOutputs, pieced: ReadonlyMap<string, PieceOutput>): Promise<WriteResult> {
  const destination = site.config.destination;
  const planned = plannedOutputs(site);
  const removed = removeVanished(destination, previous, new Map(planned.map((o) => [o.destPath, o])));
  const record: WrittenOutputs = new Map();
  const toWrite: ({ destPath: string } & FileContent)[] = [];
  for (const output of planned) {
    const before = previous.get(output.destPath);
    if ('copyFrom' in output) {
      const state = { copyFrom: output.copyFrom, mtimeMs: output.mtimeMs };
      record.set(output.destPath, state);
      if (!sameState(before, state)) toWrite.push(output);
    } else if ('content' in output) {
      const keepText = output.generated === true || (typeof output.content === 'string' && !isHtmlPath(output.destPath));
      const { state, bytes } = textState(output.content, keepText, before);
      record.set(output.destPath, state);
      if (bytes) toWrite.push({ destPath: output.destPath, content: bytes });
    } else if ('pieced' in output) {
      const state = { hash: output.pieced.key };
      record.set(output.destPath, state);
      if (!sameState(before, state)) toWrite.push({ destPath: output.destPath, pieces: output.pieced.pieces() });
    } else {
      const piece = pieced.get(output.destPath);
      record.set(output.destPath, { hash: output.writtenHash });
      if (piece && !sameState(before, { hash: piece.key })) toWrite.push({ destPath: output.destPath, pieces: piece.pieces() });
    }
  }
  await writeAll(destination, toWrite, new Set(toWrite.filter((o) => !('copyFrom' in o) && previous.has(o.destPath)).map((o) => o.destPath)));
  const pages = planned.filter((o) => !('copyFrom' in o)).length;
  return { pages, files: planned.length - pages, written: toWrite.map((o) => o.destPath), removed, outputs: record };
}

/**
 * A text's state, and its bytes when they must be written. A text kept for comparing (`keepText`) is not
 * even encoded when it is unchanged.
 */
function textState(content: string | Buffer, keepText: boolean, before: WrittenState | undefined): { state: WrittenState; bytes: Buffer | null } {
  if (keepText && before && 'text' in before && before.text === content) return { state: before, bytes: null };
  const bytes = Buffer.from(content);
  const hash = hashOf(bytes);
  const state = keepText ? { hash, text: String(content) } : { hash };
  return { state, bytes: sameState(before, state) ? null : bytes };
}

/**
 * Texts other than HTML pages (sitemaps, feeds, stylesheets, data) are few and mostly unchanged by a rebuild:
 * their text is kept to compare. HTML pages can be many and large: only their hash is.
 */
function isHtmlPath(destPath: string): boolean {
  return /\.html?$/.test(destPath);
}

async function writeAll(destination: string, outputs: ({ destPath: string } & FileContent)[], replacing: ReadonlySet<string>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < outputs.length) {
      const output = outputs[next++]!;
      await writeOne(destination, output, replacing.has(output.destPath));
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_WRITES, outputs.length) }, worker));
}

/** A file the last build wrote is written over in place when it still can be; others (and copies) through a temporary file. */
async function writeOne(destination: string, output: { destPath: string } & FileContent, replacing: boolean): Promise<void> {
  const bytes = 'pieces' in output ? output.pieces : 'content' in output ? [Buffer.from(output.content)] : null;
  if (replacing && bytes) {
    try {
      if (await overwriteInPlace(target(destination, output.destPath), bytes)) return;
    } catch {
      // written as usual below, which reports a lasting problem clearly
    }
  }
  await writeOutputAsync(destination, output);
}
