import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dartSassCommand } from '../lib/sass/compiler-command.js';
import { DartSassProcess } from '../lib/sass/dart-sass-process.js';
import { compileRequestPacket, PacketSplitter, readCompilerMessage, type CompileRequest } from '../lib/sass/embedded-protocol.js';
import { fieldsOf, messageField, numberField, stringField, varint } from '../lib/sass/protobuf-wire.js';

const request = (source: string, file = '/site/style.scss', loadPaths: string[] = []): CompileRequest => ({
  source,
  syntax: 'scss',
  style: 'expanded',
  url: pathToFileURL(file).href,
  loadPaths,
  silenceDeprecations: ['import'],
  sourceMap: false,
});

/** A packet as the compiler frames it: length, compilation id, message. */
function packet(id: number, message: Buffer): Buffer {
  const body = Buffer.concat([varint(id), message]);
  return Buffer.concat([varint(body.length), body]);
}

test('numbers of any size up to the protocol\'s ids are written and read back as varints', () => {
  for (const value of [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 31, 0xfffffffe]) {
    const [field] = [...fieldsOf(numberField(1, value))];
    assert.is(field?.value ?? 0, value);
  }
});

test('a compile request carries the source, its URL, the load paths in order and the settings', () => {
  const bytes = compileRequestPacket(7, { ...request('a { b: c }', '/site/x.scss', ['/site/_sass', '/theme/_sass']), style: 'compressed' });
  const [read] = new PacketSplitter().push(bytes);
  assert.is(read.id, 7);
  const [compile] = [...fieldsOf(read.message)];
  assert.is(compile.field, 2);
  const fields = [...fieldsOf(compile.value as Uint8Array)].map(({ field, value }) => [field, typeof value === 'number' ? value : Buffer.from(value).toString('utf8')]);
  assert.equal(fields.filter(([field]) => field === 4), [[4, 1]]);
  const importers = fields.filter(([field]) => field === 6).map(([, value]) => String(value).slice(2));
  assert.equal(importers, ['/site/_sass', '/theme/_sass']);
  assert.ok(String(fields.find(([field]) => field === 2)![1]).includes('a { b: c }'));
  assert.equal(fields.filter(([field]) => field === 16), [[16, 'import']]);
});

test('packets are read whole however the pipe cuts them, several to a chunk or one across many', () => {
  const css = Buffer.concat([stringField(1, 'a {\n  b: c;\n}')]);
  const first = packet(1, messageField(2, [messageField(2, [css]), stringField(4, 'file:///site/_sass/x.scss')]));
  const second = packet(300, messageField(3, [stringField(3, 'a warning')]));
  const stream = Buffer.concat([first, second]);
  for (let cut = 0; cut <= stream.length; cut++) {
    const splitter = new PacketSplitter();
    const packets = [...splitter.push(stream.subarray(0, cut)), ...splitter.push(stream.subarray(cut))];
    assert.equal(packets.map((p) => p.id), [1, 300], `cut at ${cut}`);
  }
  const [compiled, logged] = new PacketSplitter().push(stream).map(({ id, message }) => readCompilerMessage(id, message));
  assert.equal(compiled, { kind: 'compiled', id: 1, css: 'a {\n  b: c;\n}', sourceMap: null, loadedUrls: ['file:///site/_sass/x.scss'] });
  assert.equal(logged, { kind: 'other', id: 300 });
});

test('a failure gives the message, where it is (0-based, as the compiler counts) and the stack; unknown fields are skipped', () => {
  const location = messageField(2, [numberField(1, 40), numberField(2, 3), numberField(3, 9)]);
  const span = messageField(2, [stringField(1, '$x'), location, stringField(4, 'file:///site/_sass/x.scss')]);
  const fixed64 = Buffer.concat([varint((9 << 3) | 1), Buffer.alloc(8)]);
  const failure = messageField(3, [stringField(1, 'Undefined variable.'), fixed64, span, stringField(3, '_sass/x.scss 4:10  root stylesheet')]);
  const read = readCompilerMessage(2, messageField(2, [failure]));
  assert.equal(read, {
    kind: 'failed',
    id: 2,
    message: 'Undefined variable.',
    span: { url: 'file:///site/_sass/x.scss', line: 3, column: 9 },
    stack: '_sass/x.scss 4:10  root stylesheet',
    loadedUrls: [],
  });
});

test('a truncated message is an error, not a wrong answer', () => {
  const whole = messageField(2, [messageField(2, [stringField(1, 'a { b: c }')])]);
  assert.throws(() => readCompilerMessage(1, whole.subarray(0, whole.length - 3)), /ends inside/);
});

test('Dart Sass compiles stylesheets sent together, each answer for its own compilation, imports found on the load paths', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-sass-'));
  try {
    fs.mkdirSync(path.join(folder, '_sass'));
    fs.writeFileSync(path.join(folder, '_sass', '_colors.scss'), '$ink: #123456;\n');
    const compiler = new DartSassProcess(dartSassCommand());
    const [good, bad] = await Promise.all([
      compiler.compile(request('@import "colors";\np { color: $ink; }\n', path.join(folder, 'a.scss'), [path.join(folder, '_sass')])),
      compiler.compile(request('p {\n  color: $missing;\n}\n', path.join(folder, 'b.scss'))),
    ]);
    await compiler.close();
    assert.equal(good.kind === 'compiled' && good.css, 'p {\n  color: #123456;\n}');
    assert.ok(good.loadedUrls.includes(pathToFileURL(path.join(folder, '_sass', '_colors.scss')).href));
    assert.is(bad.kind, 'failed');
    assert.equal(bad.kind === 'failed' && bad.span, { url: pathToFileURL(path.join(folder, 'b.scss')).href, line: 1, column: 9 });
    assert.is(bad.kind === 'failed' && bad.message, 'Undefined variable.');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('a compiler that stops fails every waiting compilation with what it said, and says it stopped', async () => {
  const script = "process.stdin.once('data', () => { process.stderr.write('out of memory'); process.exit(3); })";
  const compiler = new DartSassProcess([process.execPath, '-e', script, '--']);
  const answers = await Promise.allSettled([compiler.compile(request('a { b: c }')), compiler.compile(request('d { e: f }'))]);
  for (const answer of answers) {
    assert.is(answer.status, 'rejected');
    assert.match(String((answer as PromiseRejectedResult).reason), /Dart Sass stopped \(exit code 3\): out of memory/);
  }
  assert.ok(compiler.stopped);
  const later = await compiler.compile(request('g { h: i }')).then(() => 'answered', (error: Error) => error.message);
  assert.match(later, /Dart Sass stopped \(exit code 3\)/);
});

test.run();
