import { fieldsOf, messageField, numberField, readVarint, stringField, text, varint, type FieldValue } from './protobuf-wire.js';

/**
 * The messages of Dart Sass's embedded protocol (sass/embedded-protocol, embedded_sass.proto) that a build
 * exchanges with the compiler: a compile request for a stylesheet given as text, and the compiler's answers.
 * Each packet on the pipe is the varint length of what follows, the compilation's id as a varint, then the
 * message.
 */

export interface CompileRequest {
  source: string;
  syntax: 'scss' | 'indented';
  style: 'expanded' | 'compressed';
  /** `file:` URL of the stylesheet: relative imports are looked up beside it, and messages name it. */
  url: string;
  /** Folders `@import` and `@use` look in, in order. */
  loadPaths: string[];
  /** Deprecations the compiler does not warn about. */
  silenceDeprecations: readonly string[];
  /** Whether to make a source map, with the sources' text in it. */
  sourceMap: boolean;
}

/** Where an error is: the file's URL when it is in one, 0-based line and column. */
export interface SourceSpan {
  url: string;
  line: number;
  column: number;
}

export type CompilerMessage =
  | { kind: 'compiled'; id: number; css: string; sourceMap: string | null; loadedUrls: string[] }
  | { kind: 'failed'; id: number; message: string; span: SourceSpan | null; stack: string; loadedUrls: string[] }
  /** The compiler could not read a request; it stops after saying so. */
  | { kind: 'protocol-error'; id: number; message: string }
  /** Log events and requests a build never causes (it registers no importers and no functions). */
  | { kind: 'other'; id: number };

const SYNTAX = { scss: 0, indented: 1 } as const;
const STYLE = { expanded: 0, compressed: 1 } as const;

/** The packet asking the compiler to compile `request` as compilation `id`. */
export function compileRequestPacket(id: number, request: CompileRequest): Buffer {
  const input = [stringField(1, request.source), stringField(2, request.url), numberField(3, SYNTAX[request.syntax])];
  const compile = [
    messageField(2, input),
    numberField(4, STYLE[request.style]),
    ...(request.sourceMap ? [numberField(5, true), numberField(12, true)] : []), // source_map, source_map_include_sources
    ...request.loadPaths.map((folder) => messageField(6, [stringField(1, folder)])),
    numberField(13, true), // charset: `@charset` or a byte-order mark when the CSS is not ASCII, as Jekyll's CSS has
    numberField(14, true), // silent: warnings are not shown, as jekyll-sass-converter shows none
    ...request.silenceDeprecations.map((name) => stringField(16, name)),
  ];
  const body = Buffer.concat([varint(id), messageField(2, compile)]);
  return Buffer.concat([varint(body.length), body]);
}

/** Splits the compiler's output into packets, however the pipe cuts it. */
export class PacketSplitter {
  private buffered: Buffer = Buffer.alloc(0);

  /** The whole packets completed by `chunk`, each as its compilation id and message. */
  push(chunk: Buffer): Array<{ id: number; message: Uint8Array }> {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    const packets: Array<{ id: number; message: Uint8Array }> = [];
    let at = 0;
    for (;;) {
      const length = readVarint(this.buffered, at);
      if (length === null || length.next + length.value > this.buffered.length) break;
      const end = length.next + length.value;
      const id = readVarint(this.buffered, length.next);
      if (id === null || id.next > end) throw new Error('A packet from Dart Sass has no compilation id.');
      packets.push({ id: id.value, message: this.buffered.subarray(id.next, end) });
      at = end;
    }
    this.buffered = this.buffered.subarray(at);
    return packets;
  }
}

/** What an OutboundMessage from the compiler says. */
export function readCompilerMessage(id: number, message: Uint8Array): CompilerMessage {
  for (const { field, value } of fieldsOf(message)) {
    if (field === 1) return { kind: 'protocol-error', id, message: stringIn(value, 3) };
    if (field === 2) return compileResponse(id, value);
  }
  return { kind: 'other', id };
}

function compileResponse(id: number, response: FieldValue): CompilerMessage {
  const loadedUrls: string[] = [];
  let success: FieldValue | null = null;
  let failure: Uint8Array | null = null;
  for (const { field, value } of fieldsOf(bytes(response))) {
    if (field === 2) success = value;
    else if (field === 3) failure = bytes(value);
    else if (field === 4) loadedUrls.push(text(value));
  }
  if (failure === null) {
    const sourceMap = success === null ? '' : stringIn(success, 2);
    return { kind: 'compiled', id, css: success === null ? '' : stringIn(success, 1), sourceMap: sourceMap === '' ? null : sourceMap, loadedUrls };
  }
  let message = '';
  let span: SourceSpan | null = null;
  let stack = '';
  for (const { field, value } of fieldsOf(failure)) {
    if (field === 1) message = text(value);
    else if (field === 2) span = sourceSpan(bytes(value));
    else if (field === 3) stack = text(value);
  }
  return { kind: 'failed', id, message, span, stack, loadedUrls };
}

function sourceSpan(span: Uint8Array): SourceSpan {
  const located: SourceSpan = { url: '', line: 0, column: 0 };
  for (const { field, value } of fieldsOf(span)) {
    if (field === 4) located.url = text(value);
    else if (field === 2) {
      for (const position of fieldsOf(bytes(value))) {
        if (position.field === 2) located.line = Number(position.value);
        else if (position.field === 3) located.column = Number(position.value);
      }
    }
  }
  return located;
}

/** The string in field `wanted` of a nested message. */
function stringIn(message: FieldValue, wanted: number): string {
  for (const { field, value } of fieldsOf(bytes(message))) if (field === wanted) return text(value);
  return '';
}

function bytes(value: FieldValue): Uint8Array {
  return typeof value === 'number' ? new Uint8Array(0) : value;
}
