import type { Hash } from '../config/merge.js';

export interface Layout {
  readonly name: string;
  readonly sourcePath: string;
  readonly data: Hash;
  readonly content: string;
  readonly bodyLine: number;
}
