/**
 * What the main thread hands the write thread: where a page goes, the key its bytes are known by in the
 * written manifest, and the bytes (transferred, not copied).
 */
export interface PageWriteRequest {
  destination: string;
  destPath: string;
  key: string;
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
}
