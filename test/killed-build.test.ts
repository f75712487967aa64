import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const BIN = path.resolve('bin/jtd.js');

test('a build killed while writing leaves only complete files under their real names', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-killed-'));
  const source = path.join(root, 'src');
  fs.mkdirSync(path.join(source, 'pages'), { recursive: true });
  fs.writeFileSync(path.join(source, '_config.yml'), 'timezone: UTC\n');
  const body = 'x'.repeat(20000);
  for (let i = 0; i < 1500; i++) fs.writeFileSync(path.join(source, 'pages', `p${i}.html`), `---\n---\n<p>${body}</p><!--END-->`);
  const destination = path.join(root, 'out');
  for (const delay of [150, 300, 600]) {
    const child = spawn(process.execPath, [BIN, 'build', '-q', '-s', source, '-d', destination], { stdio: 'ignore' });
    const exited = new Promise((r) => child.once('exit', r));
    await new Promise((r) => setTimeout(r, delay));
    child.kill('SIGKILL');
    await exited;
    if (!fs.existsSync(path.join(destination, 'pages'))) continue;
    for (const file of fs.readdirSync(path.join(destination, 'pages'))) {
      if (file.endsWith('.tmp')) continue;
      assert.ok(fs.readFileSync(path.join(destination, 'pages', file), 'utf8').endsWith('<!--END-->'), `${file} is complete`);
    }
  }
  const finish = spawn(process.execPath, [BIN, 'build', '-q', '-s', source, '-d', destination], { stdio: 'ignore' });
  assert.is(await new Promise((r) => finish.once('exit', r)), 0);
  const leftovers = fs.readdirSync(destination, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));
  assert.equal(leftovers, [], 'the next build removes temporary files a killed build left');
});

test.run();
