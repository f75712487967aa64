import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../lib/cli.js';
import { capturedIo } from '../lib/cli/captured-io.js';

async function run(args: string[]): Promise<{ status: number; out: string; err: string }> {
  const io = capturedIo();
  const status = await main(args, io);
  return { status, out: io.out(), err: io.err() };
}

test('jtd new writes a site that builds and passes jtd check with no findings', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-new-'));
  const site = path.join(root, 'my-docs');
  const created = await run(['new', site]);
  assert.is(created.status, 0, created.err);
  assert.match(created.out, /Created "My Docs"/);
  assert.match(created.out, /npx jtd serve/);
  for (const file of ['_config.yml', 'index.md', 'docs/guides/index.md', 'docs/formatting.md', '_includes/status.html', 'favicon.ico']) {
    assert.ok(fs.existsSync(path.join(site, file)), `${file} was written`);
  }
  assert.match(fs.readFileSync(path.join(site, '_config.yml'), 'utf8'), /^title: My Docs$/m);
  const ignored = fs.readFileSync(path.join(site, '.gitignore'), 'utf8').split('\n');
  for (const folder of ['_site/', '.jekyll-cache/', '.jtd-cache/']) assert.ok(ignored.includes(folder), `.gitignore leaves out ${folder}`);

  const checked = await run(['check', '-s', site, '-d', path.join(site, '_site')]);
  assert.is(checked.out, '', 'no findings');
  assert.is(checked.status, 0, checked.err);
  const home = fs.readFileSync(path.join(site, '_site/index.html'), 'utf8');
  assert.match(home, /<title>Home \| My Docs<\/title>/);
  const guides = fs.readFileSync(path.join(site, '_site/docs/guides/index.html'), 'utf8');
  assert.match(guides, /Writing pages/, 'the section lists its children');
  const formatting = fs.readFileSync(path.join(site, '_site/docs/formatting.html'), 'utf8');
  assert.match(formatting, /class="note"/, 'callouts');
  assert.match(formatting, /<table>/, 'tables');
  assert.match(formatting, /class="language-js highlighter-rouge"/, 'highlighted code');
  const started = fs.readFileSync(path.join(site, '_site/docs/getting-started.html'), 'utf8');
  assert.match(started, /<span class="label label-yellow">beta<\/span>/, 'the custom include');
  assert.ok(fs.existsSync(path.join(site, '_site/assets/js/search-data.json')), 'search data');
});

test('jtd new refuses a folder with files in it, and writes into it with --force', async () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-new-full-'));
  fs.writeFileSync(path.join(site, 'notes.txt'), 'mine');
  const refused = await run(['new', site]);
  assert.is(refused.status, 1);
  assert.match(refused.err, /is not empty \(notes\.txt\).*--force/);
  assert.not.ok(fs.existsSync(path.join(site, '_config.yml')));

  const forced = await run(['new', site, '--force']);
  assert.is(forced.status, 0, forced.err);
  assert.ok(fs.existsSync(path.join(site, '_config.yml')));
  assert.is(fs.readFileSync(path.join(site, 'notes.txt'), 'utf8'), 'mine', 'other files are left alone');
});

test('jtd new without a folder is a usage error', async () => {
  const result = await run(['new']);
  assert.is(result.status, 2);
  assert.match(result.err, /needs the folder to create/);
});

test.run();
