/** Messages between the build and the Sass worker (lib/sass/sass-worker.ts). */

export interface SassRequest {
  id: number;
  source: string;
  syntax: 'scss' | 'indented';
  style: 'expanded' | 'compressed';
  loadPaths: string[];
  /** `file:` URL of the stylesheet, for relative imports and messages. */
  url: string;
  /** Whether to make a source map too (with the sources' text in it). */
  sourceMap: boolean;
  /** Answer on the synchronous reply port and wake the waiting build. */
  sync: boolean;
}

/** What Dart Sass said about a stylesheet it could not compile. */
export interface SassProblem {
  message: string;
  /** The file the error is in (absent for errors outside any file), with its 1-based line and column. */
  file?: string;
  line?: number;
  column?: number;
  /** Dart Sass's stack: `path line:column  member`, one per line, innermost first. */
  stack: string;
}

export type SassReply =
  | { id: number; css: string; sourceMap: string | null; loadedFiles: string[] }
  | { id: number; problem: SassProblem };

import type { MessagePort } from 'node:worker_threads';

export interface SassWorkerData {
  /** Set to 1 by the worker after each synchronous reply. */
  signal: Int32Array;
  syncReplies: MessagePort;
}
