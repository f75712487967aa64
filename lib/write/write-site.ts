import { hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writtenDocuments, type Site } from '../model/site.js';
import { stylesheetBasename } from '../render/convert.js';
import { hasOutput } from '../render/lazy-output.js';
import { cleanDestination, clearTheWay } from './clean-destination.js';
import { target, writeOutput } from './write-file.js';
import type { PageWriter } from './page-writer.js';
import type { WrittenManifest } from './written-manifest.js';

export type Output =
  /** `generated`: a file made from the whole site (search data, sitemap), whose text is kept to compare. */
  | { destPath: string; content: string | Buffer; generated?: boolean }
  | { destPath: string; copyFrom: string; mtimeMs: number }
  /** A generated file made in pieces: written from its pieces' bytes, its text never put together. */
  | { destPath: string; pieced: { readonly key: string; pieces(): Buffer[] } }
  /** A page already written while the site rendered (its text is no longer kept). */
  | { destPath: string; writtenHash: string };

/**
 * What the destination holds after a write: a hash (or another key equal only for equal bytes) per written
 * text, and the text too for generated files; the source of each copied file.
 */
export type WrittenOutputs = Map<string, WrittenState>;

export type WrittenState = { hash: string; text?: string } | { copyFrom: string; mtimeMs: number };

export interface WriteResult {
  pages: number;
  files: number;
  /** Files actually written or copied (a rebuild skips unchanged ones). */
  written: string[];
  removed: string[];
  outputs: WrittenOutputs;
}

/**
 * Writes every page and document and copies static files. A full write first removes stale files
 * (keeping `keep_files`) and, with the last full build's `manifest`, leaves files already as they would be;
 * with `previous`, only changed outputs are written and vanished ones deleted.
 */
export function writeSite(
  site: Site,
  previous?: WrittenOutputs,
  streamed: string[] = [],
  { manifest, destinationWasEmpty = false }: { manifest?: WrittenManifest; destinationWasEmpty?: boolean } = {},
): WriteResult {
  const destination = site.config.destination;
  const outputs = new Map(plannedOutputs(site, new Set(streamed)).map((o) => [o.destPath, o]));
  const removed = previous ? removeVanished(destination, previous, outputs) : [];
  if (!previous) clearTheWay(destination, outputs.keys());
  const written: string[] = [...streamed];
  const record: WrittenOutputs = new Map();
  for (const planned of outputs.values()) {
    const output = 'content' in planned ? { ...planned, content: Buffer.from(planned.content) } : planned;
    const state = writtenState(output, 'content' in planned && planned.generated ? String(planned.content) : undefined);
    record.set(output.destPath, state);
    if ('writtenHash' in output || (previous && sameState(previous.get(output.destPath), state))) continue;
    if (manifest?.holds(output.destPath, stateKey(state))) continue;
    writeOutput(destination, 'pieced' in output ? { destPath: output.destPath, pieces: output.pieced.pieces() } : output);
    manifest?.record(output.destPath, stateKey(state));
    written.push(output.destPath);
  }
  if (!previous && !destinationWasEmpty) cleanDestination(destination, new Set(outputs.keys()), site.config.keepFiles);
  const pages = [...outputs.values()].filter((o) => !('copyFrom' in o)).length;
  return { pages, files: outputs.size - pages, written, removed, outputs: record };
}

/**
 * Before a build that writes pages as they are rendered: removes what is in their way (stale files go after
 * writing). Returns whether the destination was empty, so that there is nothing stale to look for.
 */
export function cleanBeforeStreaming(site: Site): boolean {
  const destination = site.config.destination;
  if (isEmptyFolder(destination)) return true;
  const documents = writtenDocuments(site);
  const pages = [...documents, ...site.pages].map((doc) => doc.destPath).filter((p): p is string => p !== null);
  const files = plannedOutputs(site).map((o) => o.destPath);
  clearTheWay(destination, new Set([...pages, ...files]));
  return false;
}

function isEmptyFolder(folder: string): boolean {
  try {
    return fs.readdirSync(folder).length === 0;
  } catch {
    return true;
  }
}

/** How a page's bytes may be known without encoding its text: a key standing for them, and the bytes in pieces. */
export interface PageBytes {
  key: string;
  pieces: () => readonly Buffer[];
}

/**
 * Writes one page as soon as it is rendered (or hands it to `writer`), keeping only a hash of it (or the key
 * of `bytes`, which then gives the bytes to write). With a manifest of the last full build, a page whose bytes
 * are already in place is not written. Returns whether the file was (or is being) written; the writer's pages go
 * into the manifest once it has written them. `keepOutput`: the output stays too (a document's, which later pages
 * may read).
 */
export function streamPage(
  site: Site,
  doc: { destPath: string | null; output: string | null; outputFill: (() => string) | null; outputHash: string | null },
  bytes?: PageBytes,
  manifest?: WrittenManifest,
  writer?: PageWriter,
  keepOutput = false,
): boolean {
  if (doc.destPath === null || !hasOutput(doc)) return false;
  const encoded = bytes ? null : Buffer.from(doc.output!);
  const hash = bytes ? bytes.key : hashOf(encoded!);
  doc.outputHash = hash;
  if (!keepOutput) doc.output = null;
  if (manifest?.holds(doc.destPath, hash)) return false;
  const destPath = doc.destPath;
  const destination = site.config.destination;
  if (writer) {
    writer.write(destination, destPath, hash, encoded ? [encoded] : bytes!.pieces());
    return true;
  }
  writeOutput(destination, encoded ? { destPath, content: encoded } : { destPath, pieces: bytes!.pieces() });
  manifest?.record(destPath, hash);
  return true;
}

export function hashOf(text: string | Buffer): string {
  // One call: making a Hash object per page cost more than hashing it.
  return hash('sha1', text, 'base64');
}

export function writtenState(output: Output, text?: string): WrittenState {
  if ('writtenHash' in output) return { hash: output.writtenHash };
  if ('pieced' in output) return { hash: output.pieced.key };
  if ('content' in output) return text === undefined ? { hash: hashOf(output.content) } : { hash: hashOf(output.content), text };
  return { copyFrom: output.copyFrom, mtimeMs: output.mtimeMs };
}

/** A key equal only for equal written bytes: the hash, or the copied file and its modification time. */
function stateKey(state: WrittenState): string {
  return 'hash' in state ? state.hash : `copy:${state.mtimeMs}:${state.copyFrom}`;
}

export function sameState(before: WrittenState | undefined, now: WrittenState): boolean {
  if (!before) return false;
  if ('hash' in now) return 'hash' in before && before.hash === now.hash;
  return 'copyFrom' in before && before.copyFrom === now.copyFrom && before.mtimeMs === now.mtimeMs;
}

/** What the site writes; `streamed`: pages and documents written while the build went on (known by their hash). */
export function plannedOutputs(site: Site, streamed: ReadonlySet<string> = new Set()): Output[] {
  const outputs: Output[] = [];
  const documents = writtenDocuments(site);
  for (const doc of [...documents, ...site.pages]) {
    if (doc.destPath === null) continue;
    // A streamed document keeps its output for the pages that read it: its hash says it is written.
    if (streamed.has(doc.destPath) && doc.outputHash !== null) outputs.push({ destPath: doc.destPath, writtenHash: doc.outputHash });
    else if (doc.output !== null) outputs.push({ destPath: doc.destPath, content: doc.output });
    else if (doc.outputHash !== null) outputs.push({ destPath: doc.destPath, writtenHash: doc.outputHash });
    if (doc.sourceMap !== null) outputs.push({ destPath: sourceMapPath(doc.destPath, doc.absolutePath), content: doc.sourceMap });
  }
  for (const file of site.generated) outputs.push(file.bytes ? { destPath: file.destPath, pieced: file.bytes } : { destPath: file.destPath, content: file.content, generated: true });
  const hidden = new Set(site.collections.filter((c) => !c.config.output).flatMap((c) => c.files));
  for (const file of site.staticFiles) {
    if (!hidden.has(file)) outputs.push({ destPath: file.destPath, copyFrom: file.absolutePath, mtimeMs: file.mtimeMs });
  }
  return outputs;
}

/** A stylesheet's source map goes beside its CSS, named after the stylesheet's source (`main.scss`: `main.css.map`). */
function sourceMapPath(cssPath: string, sourcePath: string): string {
  const name = `${stylesheetBasename(sourcePath)}.css.map`;
  const dir = path.posix.dirname(cssPath);
  return dir === '.' ? name : `${dir}/${name}`;
}

export function removeVanished(destination: string, previous: WrittenOutputs, now: Map<string, Output>): string[] {
  const removed: string[] = [];
  for (const destPath of previous.keys()) {
    if (now.has(destPath)) continue;
    fs.rmSync(target(destination, destPath), { force: true });
    removeEmptyParents(destination, destPath);
    removed.push(destPath);
  }
  return removed;
}

function removeEmptyParents(destination: string, destPath: string): void {
  for (let dir = path.posix.dirname(destPath); dir !== '.' && dir !== ''; dir = path.posix.dirname(dir)) {
    const full = path.join(destination, dir);
    try {
      if (fs.readdirSync(full).length > 0) return;
      fs.rmdirSync(full);
    } catch {
      return;
    }
  }
}
