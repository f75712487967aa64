import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { overwriteInPlace } from '../lib/write/overwrite-in-place.js';

function folder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-overwrite-'));
}

test('a file is written over in place, longer or shorter than before, keeping its inode', async () => {
  const file = path.join(folder(), 'page.html');
  fs.writeFileSync(file, 'old text that is fairly long');
  const inode = fs.statSync(file).ino;
  assert.ok(await overwriteInPlace(file, [Buffer.from('new '), Buffer.from('one')]));
  assert.is(fs.readFileSync(file, 'utf8'), 'new one');
  assert.ok(await overwriteInPlace(file, [Buffer.from('a much longer text than the one before')]));
  assert.is(fs.readFileSync(file, 'utf8'), 'a much longer text than the one before');
  assert.is(fs.statSync(file).ino, inode);
});

test('a missing file, a symbolic link, a hard-linked file or a folder is left alone (the caller writes it as usual)', async () => {
  const dir = folder();
  assert.not.ok(await overwriteInPlace(path.join(dir, 'missing.html'), [Buffer.from('x')]));
  assert.not.ok(fs.existsSync(path.join(dir, 'missing.html')));
  const elsewhere = path.join(dir, 'source.md');
  fs.writeFileSync(elsewhere, 'source');
  fs.symlinkSync(elsewhere, path.join(dir, 'link.html'));
  assert.not.ok(await overwriteInPlace(path.join(dir, 'link.html'), [Buffer.from('x')]));
  fs.linkSync(elsewhere, path.join(dir, 'hard.html'));
  assert.not.ok(await overwriteInPlace(path.join(dir, 'hard.html'), [Buffer.from('x')]));
  assert.is(fs.readFileSync(elsewhere, 'utf8'), 'source');
  fs.mkdirSync(path.join(dir, 'folder.html'));
  assert.not.ok(await overwriteInPlace(path.join(dir, 'folder.html'), [Buffer.from('x')]));
});

test.run();
