import type { ConfigOverrides } from '../../config/load.js';
import type { LoggedWarning, LogLevel } from '../../log/logger.js';

/** Messages between a full build and its page-rendering thread (page-thread.ts). */

export interface PageThreadData {
  overrides: ConfigOverrides;
  /** The main build's `site.time`, so both threads read the same site. */
  now: { epochMs: number; offsetSeconds: number; zone: string | null; isUtc: boolean; extraNanoseconds: number };
  /** The pages this thread renders and writes, by source path, in render order. */
  pages: string[];
  level: LogLevel;
  strict: boolean;
}

/** Sent once the main thread has rendered every collection document: their content and output. */
export interface RenderedDocuments {
  documents: [sourcePath: string, content: string, output: string | null][];
}

export interface PageResult {
  sourcePath: string;
  /** The converted body (what `page.content` is once rendered). */
  content: string;
  /** The output, for pages this thread does not write (anything but HTML pages). */
  output: string | null;
  outputHash: string | null;
  /** A stylesheet's source map. */
  sourceMap: string | null;
  /** The file written, relative to the destination. */
  written: string | null;
  /** The page read the content of a page the main thread renders: it must be rendered there instead. */
  readsOtherThreadsPage: boolean;
  /** Warnings given while rendering the page. */
  warnings: LoggedWarning[];
}

/** `failed`: a page could not be rendered here; the main thread renders the whole share itself and reports it. */
export type PageThreadReply =
  | { kind: 'done'; results: PageResult[]; templates: [file: string, count: number, ms: number][]; conversions: [key: string, html: string][] }
  | { kind: 'failed' };
