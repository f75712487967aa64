import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BuildSession, type BuildSummary } from '../lib/build/session.js';
import { SiteError } from '../lib/errors/site-error.js';
import { Logger } from '../lib/log/logger.js';

/** Enough pages for a full build to write them on the write thread. */
const PAGES = 130;

function siteWith(pages: (i: number) => string): string {
  const source = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-page-writer-'));
  fs.writeFileSync(path.join(source, '_config.yml'), 'timezone: UTC\npermalink: pretty\n');
  fs.mkdirSync(path.join(source, '_layouts'));
  fs.writeFileSync(path.join(source, '_layouts/default.html'), '<title>{{ page.title }}</title>\n{{ content }}');
  for (let i = 0; i < PAGES; i++) fs.writeFileSync(path.join(source, `p${i}.md`), `---\nlayout: default\ntitle: Page ${i}\n---\n${pages(i)}\n`);
  return source;
}

function build(source: string, destination: string): Promise<BuildSummary> {
  return new BuildSession({ source, destination, environment: 'development' }, new Logger('quiet'), false, null, true).build();
}

test('a large build writes every page with its own bytes, and the next build finds them in place', async () => {
  const source = siteWith((i) => `Body **${i}**.`);
  const destination = path.join(source, '_site');
  const first = await build(source, destination);
  for (let i = 0; i < PAGES; i++) {
    assert.is(fs.readFileSync(path.join(destination, `p${i}/index.html`), 'utf8'), `<title>Page ${i}</title>\n<p>Body <strong>${i}</strong>.</p>\n`);
  }
  assert.is(first.written.filter((file) => file.endsWith('.html')).length, PAGES);
  assert.equal(fs.readdirSync(destination, { recursive: true }).map(String).filter((file) => file.endsWith('.tmp')), [], 'no temporary file left');
  const second = await build(source, destination);
  assert.equal(second.written, [], 'pages already in place are not written again');
});

test('a page that fails to render stops a large build with its error, leaving no temporary file', async () => {
  const source = siteWith((i) => (i === 120 ? '{% if %}' : `Body ${i}.`));
  const destination = path.join(source, '_site');
  const error = await build(source, destination).then(() => null, (e: unknown) => e);
  assert.instance(error, SiteError);
  assert.match((error as SiteError).location?.file ?? '', 'p120.md');
  const left = fs.existsSync(destination) ? fs.readdirSync(destination, { recursive: true }).map(String) : [];
  assert.equal(left.filter((file) => file.endsWith('.tmp')), [], 'no temporary file left');
});

test('a page that cannot be written fails the build with the reason', async () => {
  const source = siteWith((i) => `Body ${i}.`);
  const blocking = path.join(source, 'not-a-folder');
  fs.writeFileSync(blocking, 'a file');
  const error = await build(source, path.join(blocking, 'out')).then(() => null, (e: unknown) => e);
  assert.instance(error, SiteError);
  assert.match((error as Error).message, /Could not write p\d+\/index\.html .*a file is in the way of a folder/);
});

test.after(() => {
  for (const name of fs.readdirSync(os.tmpdir())) if (name.startsWith('jtd-page-writer-')) fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
});

test.run();
