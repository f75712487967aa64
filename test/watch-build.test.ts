import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Logger } from '../lib/log/logger.js';
import { watchBuild } from '../lib/watch/watch-build.js';
import { main } from '../lib/cli.js';
import { capturedIo } from '../lib/cli/captured-io.js';

function siteFolder(files: Record<string, string>): { source: string; destination: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-watch-build-'));
  const source = path.join(root, 'src');
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
    fs.writeFileSync(path.join(source, file), text);
  }
  return { source, destination: path.join(root, '_site') };
}

async function waitFor(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const read = (file: string): string => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');

test('build --watch: builds, rebuilds what a save changes, reports a broken save and keeps watching until it is fixed', async () => {
  const { source, destination } = siteFolder({
    '_config.yml': 'timezone: UTC\n',
    '_layouts/default.html': '<main>{{ content }}</main>',
    'index.md': '---\nlayout: default\n---\nFirst version\n',
    'about.md': '---\nlayout: default\n---\nAbout\n',
  });
  const lines: string[] = [];
  const watching = await watchBuild({ source, destination }, new Logger('normal', (line) => lines.push(line)));
  try {
    assert.is(read(path.join(destination, 'index.html')), '<main><p>First version</p>\n</main>');
    assert.ok(lines.some((line) => /^Built 2 of 2 pages/.test(line)), lines.join('\n'));
    const aboutWritten = fs.statSync(path.join(destination, 'about.html')).mtimeMs;

    fs.writeFileSync(path.join(source, 'index.md'), '---\nlayout: default\n---\nSecond version\n');
    await waitFor(() => read(path.join(destination, 'index.html')).includes('Second version'), 'the rebuild');
    await watching.idle();
    assert.ok(lines.some((line) => /^Rebuilt 1 of 2 pages/.test(line)), lines.join('\n'));
    assert.is(fs.statSync(path.join(destination, 'about.html')).mtimeMs, aboutWritten, 'a page the save did not affect is not written again');

    fs.writeFileSync(path.join(source, 'index.md'), '---\nlayout: default\n---\n{% if %}\n');
    await waitFor(() => lines.some((line) => line.includes('index.md')), 'the error');
    await watching.idle();
    assert.match(read(path.join(destination, 'index.html')), 'Second version', 'the last good page stays');

    fs.writeFileSync(path.join(source, 'index.md'), '---\nlayout: default\n---\nFixed\n');
    await waitFor(() => read(path.join(destination, 'index.html')).includes('Fixed'), 'the fixed rebuild');
  } finally {
    await watching.close();
  }
});

test('build --watch --profile: a table after the first build and after each rebuild, none after a failed one', async () => {
  const { source, destination } = siteFolder({
    '_config.yml': 'timezone: UTC\n',
    '_layouts/default.html': '<main>{{ content }}</main>',
    'index.md': '---\nlayout: default\n---\nFirst version\n',
  });
  const tables: string[] = [];
  const lines: string[] = [];
  const watching = await watchBuild({ source, destination }, new Logger('normal', (line) => lines.push(line)), { printProfile: (table) => tables.push(table) });
  try {
    assert.is(tables.length, 1);
    assert.match(tables[0]!, '| read |');
    fs.writeFileSync(path.join(source, 'index.md'), '---\nlayout: default\n---\n{% if %}\n');
    await waitFor(() => lines.some((line) => line.includes('index.md')), 'the error');
    await watching.idle();
    assert.is(tables.length, 1, 'no table for a rebuild that failed');
    fs.writeFileSync(path.join(source, 'index.md'), '---\nlayout: default\n---\nFixed\n');
    await waitFor(() => tables.length === 2, 'the table of the fixed rebuild');
    // After a failed build the next one is a full build again.
    assert.match(tables[1]!, '| render and write pages |');
    assert.match(tables[1]!, /\| index\.md \| 1 \|/);
  } finally {
    await watching.close();
  }
});

test('build --watch --force_polling: a save is found by looking at the files', async () => {
  const { source, destination } = siteFolder({ '_config.yml': 'timezone: UTC\n', 'index.md': '---\n---\nFirst\n' });
  const watching = await watchBuild({ source, destination }, new Logger('quiet', () => {}), { polling: true });
  try {
    fs.writeFileSync(path.join(source, 'index.md'), '---\n---\nSecond\n');
    await waitFor(() => read(path.join(destination, 'index.html')).includes('Second'), 'the rebuild');
  } finally {
    await watching.close();
  }
});

test('jtd build accepts --watch and -w (help lists them); jtd check does not', async () => {
  const io = capturedIo({});
  assert.is(await main(['help', 'build'], io), 0);
  assert.match(io.out(), /-w, --watch/);
  const check = capturedIo({});
  assert.is(await main(['check', '--watch'], check), 2);
  assert.match(check.err(), /Unknown option --watch for 'jtd check'/);
});

test.after(() => {
  for (const name of fs.readdirSync(os.tmpdir())) if (name.startsWith('jtd-watch-build-')) fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
});

test.run();
