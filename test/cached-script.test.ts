import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCachedScript } from '../lib/util/cached-script.js';

const CACHED_SCRIPT = new URL('../lib/util/cached-script.js', import.meta.url).href;

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

/** Runs `file` in a new Node.js process as the command does (another thread's script first, when given). */
function runInNewProcess(file: string, other?: string): { fromCache: boolean } {
  const script = `import { runCachedScript } from ${JSON.stringify(CACHED_SCRIPT)};
${other ? `runCachedScript(${JSON.stringify(other)}, 'thread');` : ''}
const loaded = runCachedScript(${JSON.stringify(file)}, 'build');
loaded.saveCache();
console.log(JSON.stringify({ fromCache: loaded.fromCache }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.is(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as { fromCache: boolean };
}

test('the next process takes the saved cache, also when another thread of the run that saved it had none', () => {
  const file = scriptFile(SOURCE);
  assert.is(runInNewProcess(file).fromCache, false);
  assert.is(runInNewProcess(file).fromCache, true);
  const other = scriptFile(SOURCE.replace('n * 2', 'n * 3'));
  const again = scriptFile(SOURCE.replace('n * 2', 'n * 4'));
  assert.is(runInNewProcess(again, other).fromCache, false);
  assert.is(runInNewProcess(again).fromCache, true);
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

test('a run that compiles much more than its cache held saves the cache again, with all of it', () => {
  const many = Array.from({ length: 400 }, (_, i) => `function f${i}(x) { let s = 0; for (let k = 0; k < x; k++) s += k * ${i}; return s; }`).join('\n');
  const file = scriptFile(`${SOURCE}\n${many}\nexports.all = () => { let t = 0; ${Array.from({ length: 400 }, (_, i) => `t += f${i}(3);`).join(' ')} return t; };`);
  const run = (call: string) => {
    const script = `import { runCachedScript } from ${JSON.stringify(CACHED_SCRIPT)};
const loaded = runCachedScript(${JSON.stringify(file)}, 'build');
loaded.exports.${call};
loaded.saveCache();`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.is(result.status, 0, result.stderr);
    return fs.statSync(path.join(path.dirname(file), cacheFiles(file)[0]!)).size;
  };
  const small = run('twice(1)');
  assert.ok(run('all()') > small * 2, 'a run that compiled the other functions saved them');
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
