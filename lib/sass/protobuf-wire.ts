/**
 * Protocol Buffers' wire format, as far as the Dart Sass embedded protocol's messages need it: varints,
 * length-delimited fields (strings and nested messages) written; every wire type read, so that fields a
 * newer compiler adds are skipped.
 */

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

export function varint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

function tag(field: number, wireType: number): Buffer {
  return varint(field * 8 + wireType);
}

export function stringField(field: number, value: string): Buffer {
  return bytesField(field, Buffer.from(value, 'utf8'));
}

export function messageField(field: number, parts: Buffer[]): Buffer {
  return bytesField(field, Buffer.concat(parts));
}

function bytesField(field: number, bytes: Buffer): Buffer {
  return Buffer.concat([tag(field, LENGTH_DELIMITED), varint(bytes.length), bytes]);
}

/** A varint field (bool, enum, uint32); nothing for 0, which is every such field's default. */
export function numberField(field: number, value: number | boolean): Buffer {
  const number = Number(value);
  return number === 0 ? Buffer.alloc(0) : Buffer.concat([tag(field, VARINT), varint(number)]);
}

/** A varint at `offset`: its value and the offset after it; null when `bytes` ends inside it. */
export function readVarint(bytes: Uint8Array, offset: number): { value: number; next: number } | null {
  let value = 0;
  let scale = 1;
  for (let at = offset; at < bytes.length; at++) {
    const byte = bytes[at];
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return { value, next: at + 1 };
    scale *= 0x80;
  }
  return null;
}

export type FieldValue = number | Uint8Array;

/** Each field of a message in order, a repeated field once per value. Throws on a truncated message. */
export function* fieldsOf(message: Uint8Array): Generator<{ field: number; value: FieldValue }> {
  let at = 0;
  while (at < message.length) {
    const key = mustRead(message, at);
    const field = Math.floor(key.value / 8);
    const wireType = key.value % 8;
    if (wireType === VARINT) {
      const value = mustRead(message, key.next);
      at = value.next;
      yield { field, value: value.value };
    } else if (wireType === LENGTH_DELIMITED) {
      const length = mustRead(message, key.next);
      at = length.next + length.value;
      if (at > message.length) throw new Error('A message from Dart Sass ends inside a field.');
      yield { field, value: message.subarray(length.next, at) };
    } else if (wireType === FIXED64 || wireType === FIXED32) {
      at = key.next + (wireType === FIXED64 ? 8 : 4);
    } else {
      throw new Error(`A message from Dart Sass has a field of unknown wire type ${wireType}.`);
    }
  }
}

function mustRead(bytes: Uint8Array, offset: number): { value: number; next: number } {
  const read = readVarint(bytes, offset);
  if (read === null) throw new Error('A message from Dart Sass ends inside a number.');
  return read;
}

export function text(value: FieldValue): string {
  return typeof value === 'number' ? '' : Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('utf8');
}
