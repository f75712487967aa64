import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Utf8Encoder } from '../lib/util/utf8-encoder.js';

test('pages are encoded to the same UTF-8 bytes as Buffer.from: ASCII, Latin-1, other scripts, emoji, lone surrogates, longer texts after shorter', () => {
  const encoder = new Utf8Encoder();
  const texts = [
    '',
    '<p>plain</p>',
    'café — “quoted” ✓',
    'Καλημέρα κόσμε, こんにちは',
    'emoji 😀 and 𝄞',
    'lone \ud800 high, lone \udc00 low, reversed \udc00\ud800',
    '<li>é</li>'.repeat(20000),
    'x',
    '😀'.repeat(50000),
  ];
  for (const text of texts) assert.ok(encoder.consecutive([text])[0]!.equals(Buffer.from(text)), JSON.stringify(text.slice(0, 40)));
  const parts = encoder.consecutive(texts);
  parts.forEach((part, i) => assert.ok(part.equals(Buffer.from(texts[i]!)), `part ${i}`));
});

test('the parts of a page follow one another in one buffer', () => {
  const parts = new Utf8Encoder().consecutive(['<head>', 'é', '', '</body>']);
  for (let i = 1; i < parts.length; i++) {
    assert.is(parts[i]!.buffer, parts[0]!.buffer);
    assert.is(parts[i]!.byteOffset, parts[i - 1]!.byteOffset + parts[i - 1]!.length);
  }
});

test('bytes returned earlier keep their contents when the encoder is used again', () => {
  const encoder = new Utf8Encoder();
  const [first] = encoder.consecutive(['first page']);
  encoder.consecutive(['a second, longer page that reuses the scratch space', 'and another part']);
  assert.is(first!.toString(), 'first page');
});

test.run();
