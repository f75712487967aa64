import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BuildSession, type BuildSummary } from '../lib/build/session.js';
import { SiteError } from '../lib/errors/site-error.js';
import { Logger } from '../lib/log/logger.js';
import { PageWriter } from '../lib/write/page-writer.js';

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

test('a large blog\'s posts are written as they are rendered, and a page rendered after them still reads each post\'s output', async () => {
  const source = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-page-writer-'));
  fs.writeFileSync(path.join(source, '_config.yml'), 'timezone: UTC\n');
  fs.mkdirSync(path.join(source, '_layouts'));
  fs.writeFileSync(path.join(source, '_layouts/post.html'), '<article>{{ content }}</article>');
  fs.mkdirSync(path.join(source, '_posts'));
  for (let i = 0; i < PAGES; i++) fs.writeFileSync(path.join(source, `_posts/2024-01-01-post-${i}.md`), `---\nlayout: post\n---\nPost *${i}*.\n`);
  fs.writeFileSync(path.join(source, 'all.html'), '---\n---\n{% for post in site.posts %}{{ post.output }}\n{% endfor %}');
  const destination = path.join(source, '_site');
  const first = await build(source, destination);
  for (let i = 0; i < PAGES; i++) {
    assert.is(fs.readFileSync(path.join(destination, `2024/01/01/post-${i}.html`), 'utf8'), `<article><p>Post <em>${i}</em>.</p>\n</article>`);
  }
  const all = fs.readFileSync(path.join(destination, 'all.html'), 'utf8');
  for (let i = 0; i < PAGES; i++) assert.ok(all.includes(`<article><p>Post <em>${i}</em>.</p>\n</article>`), `post ${i} in all.html`);
  assert.is(first.written.filter((file) => file.endsWith('.html')).length, PAGES + 1);
  const second = await build(source, destination);
  assert.equal(second.written, [], 'posts already in place are not written again');
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

test('pages holding parts of one large buffer (the navigation) are each written with their own bytes', async () => {
  const destination = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-page-writer-'));
  const navigation = Buffer.from(Array.from({ length: 4000 }, (_, i) => `<li>item ${i}</li>`).join(''));
  const writer = new PageWriter();
  const expected: string[] = [];
  for (let i = 0; i < 60; i++) {
    const active = Buffer.from(`<li class="active">page ${i}</li>`);
    const cut = 1000 * i;
    const pieces = [Buffer.from(`<html>${i}`), navigation.subarray(0, cut), active, navigation.subarray(cut), Buffer.from('x'.repeat(5000 * i))];
    expected.push(Buffer.concat(pieces).toString());
    writer.write(destination, `p${i}.html`, `key${i}`, pieces);
  }
  const written = await writer.finish();
  assert.equal(written.map((page) => page.key), expected.map((_, i) => `key${i}`));
  for (let i = 0; i < expected.length; i++) assert.ok(fs.readFileSync(path.join(destination, `p${i}.html`), 'utf8') === expected[i], `p${i}.html`);
});

test.after(() => {
  for (const name of fs.readdirSync(os.tmpdir())) if (name.startsWith('jtd-page-writer-')) fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
});

test.run();
