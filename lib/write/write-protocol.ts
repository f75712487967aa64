/**
 * A page for the write thread: where it goes, the key its bytes are known by in the written manifest, and its
 * bytes as (source, start, end) triples: source -1 is the page's batch, any other a shared source's id.
 */
export interface PageWriteRequest {
  destination: string;
  destPath: string;
  key: string;
  segments: number[];
}

/** Bytes many pages hold parts of (the navigation), sent once and kept by the write thread until the end. */
export interface SharedSource {
  id: number;
  bytes: Uint8Array;
}

/** What the main thread hands the write thread: pages, and one buffer with their bytes (transferred, not copied). */
export interface PageWriteBatch {
  pages: PageWriteRequest[];
  bytes: Uint8Array;
}

/** Bytes to add at the end of a file (a cache written as a build goes on); the file must exist. */
export interface FileAppend {
  appendTo: string;
  bytes: Uint8Array;
}

/** A page the write thread wrote, as the written manifest records it. */
export interface WrittenPage {
  destPath: string;
  key: string;
  size: number;
  mtimeMs: number;
}

export interface WriteThreadData {
  /** Bytes handed over and not yet written; the main thread waits while too many are. */
  queued: Int32Array;
}

export interface WriteThreadReply {
  /** The first write that failed, as its error message; null when all were written. */
  failure: string | null;
  written: WrittenPage[];
  /** Files an append to failed (they are caches: the build goes on without them). */
  failedAppends: string[];
}
