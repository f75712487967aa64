import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCachedScript } from '../lib/util/cached-script.js';

function scriptFile(source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-cached-script-'));
  const file = path.join(dir, 'bundle.cjs');
  fs.writeFileSync(file, source);
  return file;
}

const cacheFiles = (file: string) => fs.readdirSync(path.dirname(file)).filter((name) => name.endsWith('.v8cache'));

const SOURCE = `
const path = require('node:path');
exports.twice = (n) => n * 2;
exports.where = () => [__filename, __dirname, path.basename(__filename)];
`;

test('runs a CommonJS file as require would: exports, __filename, __dirname and require', () => {
  const file = scriptFile(SOURCE);
  const loaded = runCachedScript(file, 'build');
  const exports = loaded.exports as { twice: (n: number) => number; where: () => string[] };
  assert.is(exports.twice(21), 42);
  assert.equal(exports.where(), [file, path.dirname(file), 'bundle.cjs']);
});

test('the compiled code is saved once beside the file and taken from there by the next run', () => {
  const file = scriptFile(SOURCE);
  const first = runCachedScript(file, 'build');
  assert.is(first.fromCache, false);
  assert.equal(cacheFiles(file), []);
  first.saveCache();
  assert.is(cacheFiles(file).length, 1);
  const second = runCachedScript(file, 'build');
  assert.is(second.fromCache, true);
  assert.is((second.exports as { twice: (n: number) => number }).twice(2), 4);
});

test('each label has its own cache, and a changed file never takes the cache of its old content', () => {
  const file = scriptFile(SOURCE);
  runCachedScript(file, 'build').saveCache();
  assert.is(runCachedScript(file, 'serve').fromCache, false);
  fs.writeFileSync(file, SOURCE.replace('n * 2', 'n + n'));
  const changed = runCachedScript(file, 'build');
  assert.is(changed.fromCache, false);
  assert.is((changed.exports as { twice: (n: number) => number }).twice(5), 10);
});

test('a cache that cannot be written is not kept, and saving it does not fail', () => {
  const file = scriptFile(SOURCE);
  const loaded = runCachedScript(file, 'build');
  fs.rmSync(path.dirname(file), { recursive: true });
  loaded.saveCache();
  assert.is(fs.existsSync(path.dirname(file)), false);
  assert.is((loaded.exports as { twice: (n: number) => number }).twice(1), 2);
});

test.run();
