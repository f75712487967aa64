import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../lib/cli.js';
import { longOptions } from '../lib/cli/args.js';
import { capturedIo } from '../lib/cli/captured-io.js';
import { COMMANDS } from '../lib/cli/help.js';

const ROOT = path.resolve('.');

/**
 * The docs site is the repository root. Its search files are written only for sites that name the theme;
 * until `_config.yml` says `theme: just-the-docs`, the check adds it through a second configuration file.
 */
function docsConfigFiles(): string[] {
  const config = path.join(ROOT, '_config.yml');
  if (/^(remote_)?theme:/m.test(fs.readFileSync(config, 'utf8'))) return [config];
  console.log('NOTE: _config.yml does not name the theme; checking the docs site with `theme: just-the-docs` added.');
  const extra = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-docs-config-')), 'theme.yml');
  fs.writeFileSync(extra, 'theme: just-the-docs\n');
  return [config, extra];
}

test('jtd check on the docs site finds nothing', async () => {
  const io = capturedIo();
  const destination = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-docs-')), '_site');
  // --disable-disk-cache: the repository is the site's source, and a test leaves no cache in it.
  const status = await main(['check', '-s', ROOT, '-d', destination, '--config', docsConfigFiles().join(','), '--disable-disk-cache'], io);
  assert.is(io.out(), '', 'no findings');
  assert.is(status, 0, io.err());
  for (const page of ['index.html', 'docs/commands.html', 'docs/configuration.html', 'docs/compatibility.html', 'docs/migrating.html']) {
    assert.ok(fs.existsSync(path.join(destination, page)), `${page} is built`);
  }
});

test('every command and every option is documented on the Commands page', () => {
  const commands = fs.readFileSync(path.join(ROOT, 'docs/commands.md'), 'utf8');
  for (const command of COMMANDS) assert.match(commands, `## jtd ${command.name}`, `jtd ${command.name}`);
  for (const command of ['build', 'serve', 'new']) {
    for (const option of longOptions(command)) assert.ok(commands.includes(`\`${option}`), `${option} of jtd ${command}`);
  }
});

test('every docs page has a title and a place in the navigation', () => {
  const pages = fs.readdirSync(path.join(ROOT, 'docs'), { recursive: true }).map(String).filter((f) => f.endsWith('.md'));
  for (const page of pages) {
    const front = /^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join(ROOT, 'docs', page), 'utf8'))?.[1] ?? '';
    assert.match(front, /^title: .+/m, `${page} has a title`);
    assert.match(front, /^nav_order: \d+/m, `${page} has a nav_order`);
  }
});

test('the README starts with the two set-up commands', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```/gm)].map((m) => m[1]).join('');
  const commands = blocks.split('\n').map((line) => line.replace(/#.*$/, '').trim()).filter(Boolean);
  assert.equal(commands.slice(0, 2), ['npm install && npm start', 'npm install && npm test']);
  assert.ok(commands.includes('npx jtd serve'));
  assert.ok(readme.includes('jtd new my-docs && cd my-docs && npx jtd serve'));
});

test.run();
