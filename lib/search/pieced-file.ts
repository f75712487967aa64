import { createHash } from 'node:crypto';
import type { TextPiece } from './text-piece.js';

/**
 * A generated file put together from pieces that rebuilds mostly keep: its text when asked for (a full
 * build writes that), or its bytes as the pieces' bytes with a key that is equal only for equal bytes
 * (a rebuild compares the key and writes the pieces), so that unchanged pieces are not encoded again.
 */
export interface PiecedFile {
  destPath: string;
  readonly content: string;
  readonly bytes: { readonly key: string; pieces(): Buffer[] };
}

export function piecedFile(destPath: string, pieces: TextPiece[]): PiecedFile {
  let text: string | null = null;
  let key: string | null = null;
  return {
    destPath,
    get content() {
      return (text ??= pieces.map((piece) => piece.text).join(''));
    },
    bytes: {
      get key() {
        return (key ??= keyOf(pieces));
      },
      pieces: () => pieces.map((piece) => piece.bytes),
    },
  };
}

function keyOf(pieces: TextPiece[]): string {
  const hash = createHash('sha1');
  for (const piece of pieces) hash.update(piece.hash);
  return `pieces:${hash.digest('base64')}`;
}
