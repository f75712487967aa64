import type { Hash } from '../config/merge.js';

/** A file copied as it is. */
export interface StaticFile {
  readonly sourcePath: string;
  readonly absolutePath: string;
  readonly relativePath: string;
  destPath: string;
  url: string;
  readonly liquid: Hash;
  readonly mtimeMs: number;
}
