import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BuildSession } from '../lib/build/session.js';
import { SiteError } from '../lib/errors/site-error.js';
import { Logger, type LogLevel } from '../lib/log/logger.js';

interface Built {
  files: Map<string, string>;
  messages: string[];
  error: unknown;
}

function writeSite(files: Record<string, string>): string {
  const source = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-parallel-'));
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
    fs.writeFileSync(path.join(source, file), content);
  }
  return source;
}

/** Builds `source` with every page on the main thread (null) or with a second thread from `threadFrom` pages. */
async function buildWith(source: string, threadFrom: number | null, { diskCache = false, level = 'normal' as LogLevel } = {}): Promise<Built> {
  const destination = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-parallel-out-'));
  const messages: string[] = [];
  let error: unknown = null;
  // Without the disk cache unless asked: each build converts its pages itself.
  const overrides = { source, destination, environment: 'development', disableDiskCache: !diskCache };
  try {
    await new BuildSession(overrides, new Logger(level, (l) => messages.push(l)), false, threadFrom).build();
  } catch (e) {
    error = e;
  }
  const files = new Map<string, string>();
  for (const file of fs.readdirSync(destination, { recursive: true }).map(String)) {
    const full = path.join(destination, file);
    if (fs.statSync(full).isFile()) files.set(file, fs.readFileSync(full, 'utf8'));
  }
  return { files, messages, error };
}

async function assertSameAsOneThread(files: Record<string, string>): Promise<Built> {
  const source = writeSite(files);
  const one = await buildWith(source, null);
  const two = await buildWith(source, 1);
  assert.equal([...two.files.keys()].sort(), [...one.files.keys()].sort(), 'the same files');
  for (const [file, content] of one.files) assert.is(two.files.get(file), content, `${file} is the same`);
  assert.equal(two.messages, one.messages, 'the same messages, in the same order');
  return two;
}

function pages(count: number, body: (i: number) => string): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`p${String(i).padStart(2, '0')}.md`] = `---\ntitle: Page ${i}\n---\n${body(i)}\n`;
  return files;
}

test('a build with a second rendering thread writes the same files as one thread', async () => {
  const built = await assertSameAsOneThread({
    '_config.yml': 'timezone: UTC\ntitle: Two threads\n',
    '_layouts/default.html': '<title>{{ page.title }} · {{ site.title }}</title>{{ content }}',
    ...pages(20, (i) => `Body **${i}** with [a link](/p00.html) and {{ site.pages | size }} pages.`),
    'style.scss': '---\n---\n$c: #abc;\na { color: $c; }\n',
    'zz.json': '---\n---\n{{ site.pages | map: "title" | jsonify }}\n',
  });
  assert.match(built.files.get('p19.html')!, '<strong>19</strong>');
});

test('pages that read earlier pages\u2019 content see it rendered, as with one thread', async () => {
  await assertSameAsOneThread({
    '_config.yml': 'timezone: UTC\n',
    ...pages(10, (i) => `Text ${i}`),
    'zz-all.html': '---\n---\n{% for p in site.pages %}[{{ p.content | strip }}]{% endfor %}',
    'zz-index.md': '---\n---\n{% for p in site.html_pages %}{{ p.content | size }} {% endfor %}',
  });
});

test('pages read the posts rendered before them, as with one thread', async () => {
  await assertSameAsOneThread({
    '_config.yml': 'timezone: UTC\n',
    '_posts/2024-01-01-one.md': '---\ntitle: One\n---\nFirst *post*.\n',
    '_posts/2024-02-01-two.md': '---\ntitle: Two\n---\nSecond post.\n',
    ...pages(8, (i) => `{% for post in site.posts %}{{ post.content }}{{ post.excerpt }}{% endfor %} ${i}`),
  });
});

test('warnings from both threads are reported once each, in page order', async () => {
  const built = await assertSameAsOneThread({
    '_config.yml': 'timezone: UTC\n',
    ...Object.fromEntries([...Array(12).keys()].map((i) => [`w${String(i).padStart(2, '0')}.md`, `---\nlayout: missing-${i % 4}\n---\nText\n`])),
  });
  assert.is(built.messages.filter((m) => m.includes('does not exist')).length, 12);
});

test('an error in a page of the second thread is reported as with one thread', async () => {
  const source = writeSite({
    '_config.yml': 'timezone: UTC\n',
    ...pages(10, (i) => (i === 8 ? '{% if %}' : `Fine ${i}`)),
  });
  const one = await buildWith(source, null);
  const two = await buildWith(source, 1);
  assert.instance(one.error, SiteError);
  assert.instance(two.error, SiteError);
  assert.is((two.error as SiteError).message, (one.error as SiteError).message);
  assert.equal((two.error as SiteError).location, (one.error as SiteError).location);
});

test('the command users run (the bundled code) renders on its second thread, writing what one thread writes', () => {
  const source = writeSite(pages(210, (i) => `Text of page ${i}.`));
  const run = (threads: string) => {
    const destination = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-parallel-out-'));
    const done = spawnSync(process.execPath, [path.resolve('bin/jtd.js'), 'build', '--verbose', '-s', source, '-d', destination], {
      encoding: 'utf8',
      env: { ...process.env, JTD_THREADS: threads },
    });
    assert.is(done.status, 0, done.stderr);
    const files = fs.readdirSync(destination, { recursive: true }).map(String).filter((file) => file.endsWith('.html')).sort();
    return { log: done.stdout + done.stderr, files, read: (file: string) => fs.readFileSync(path.join(destination, file), 'utf8'), count: files.length };
  };
  const one = run('1');
  const two = run('2');
  assert.not.match(two.log, 'second rendering thread stopped', 'the thread loads and renders');
  assert.is(two.count, 210);
  assert.equal(two.files, one.files);
  for (const file of one.files) assert.is(two.read(file), one.read(file), file);
});

test('the Markdown conversions of both threads are kept for the next build', async () => {
  const source = writeSite(pages(12, (i) => `Text *${i}*.`));
  await buildWith(source, 1, { diskCache: true });
  const next = await buildWith(source, null, { diskCache: true, level: 'verbose' });
  assert.ok(next.messages.includes('Markdown: 12 conversions taken from .jtd-cache, 0 made.'), next.messages.join('\n'));
});

test.run();
