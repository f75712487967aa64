import { createHash } from 'node:crypto';

/** A part of a generated file: its text, and its bytes and their hash, made when first asked for. */
export class TextPiece {
  private encoded: Buffer | null = null;
  private digest: string | null = null;

  constructor(readonly text: string) {}

  get bytes(): Buffer {
    return (this.encoded ??= Buffer.from(this.text));
  }

  get hash(): string {
    return (this.digest ??= createHash('sha1').update(this.bytes).digest('base64'));
  }
}
