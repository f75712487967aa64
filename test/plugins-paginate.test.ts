import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { build } from '../lib/build/build.js';
import { BuildSession } from '../lib/build/session.js';
import { Logger } from '../lib/log/logger.js';

/**
 * jekyll-paginate. The `paginate` plugin case is compared by plugins.test; the cases nested in its folder
 * (made with `make-expected.sh paginate/<case>`) are compared here, and rebuilds are checked against
 * full builds.
 */
const CASES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/plugins/paginate');

function listFiles(root: string, dir = ''): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(root, rel) : [rel];
  });
}

function readAll(root: string): Record<string, string> {
  return Object.fromEntries(listFiles(root).sort().map((file) => [file, fs.readFileSync(path.join(root, file), 'utf8')]));
}

function writeAll(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

const quiet = (): Logger => new Logger('quiet', () => {});

for (const name of ['blog-path', 'md-index']) {
  test(`${name}: the same files and bytes as Jekyll with jekyll-paginate`, async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), `jtd-paginate-${name}-`));
    fs.cpSync(path.join(CASES, name, 'src'), path.join(root, 'src'), { recursive: true });
    await build({ source: path.join(root, 'src'), destination: path.join(root, 'out'), environment: 'development' }, quiet());
    assert.equal(readAll(path.join(root, 'out')), readAll(path.join(CASES, name, 'expected')));
  });
}

const SITE: Record<string, string> = {
  '_config.yml': 'title: Paged\ntimezone: UTC\npaginate: 2\nplugins: [jekyll-paginate]\n',
  'index.html': '---\n---\n{{ paginator.page }}/{{ paginator.total_pages }} {% for p in paginator.posts %}{{ p.title }}:{{ p.content | strip }};{% endfor %} next={{ paginator.next_page_path }}\n',
  '_posts/2024-01-01-a.md': '---\ntitle: A\n---\na\n',
  '_posts/2024-01-02-b.md': '---\ntitle: B\n---\nb\n',
  '_posts/2024-01-03-c.md': '---\ntitle: C\n---\nc\n',
};

const EDITS: [string, Record<string, string>][] = [
  ['a newer post shifts every post one place and adds a page', { '_posts/2024-01-04-d.md': '---\ntitle: D\n---\nd\n' }],
  ['a post is hidden, so the last page goes', { '_posts/2024-01-02-b.md': '---\ntitle: B\nhidden: true\n---\nb\n' }],
  ['a post body changes on the second page', { '_posts/2024-01-01-a.md': '---\ntitle: A\n---\nA again\n' }],
  ['the template page changes', { 'index.html': '---\ntitle: Home\n---\n{{ page.title }} {{ paginator.page }}: {% for p in paginator.posts %}{{ p.title }} {% endfor %}\n' }],
  ['fewer posts per page', { '_config.yml': 'title: Paged\ntimezone: UTC\npaginate: 1\nplugins: [jekyll-paginate]\n' }],
];

async function fullBuild(source: string): Promise<Record<string, string>> {
  const destination = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-paginate-full-'));
  await new BuildSession({ source, destination, environment: 'development' }, quiet()).build();
  return readAll(destination);
}

test('rebuilds after each edit write what a full build of the edited site writes', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-paginate-inc-'));
  const source = path.join(root, 'src');
  const destination = path.join(root, 'out');
  writeAll(source, SITE);
  const session = new BuildSession({ source, destination, environment: 'development' }, quiet());
  await session.build();
  assert.equal(fs.readFileSync(path.join(destination, 'page2/index.html'), 'utf8'), '2/2 A:<p>a</p>; next=\n');
  for (const [what, files] of EDITS) {
    writeAll(source, files);
    await session.update(Object.keys(files).map((f) => path.join(source, f)));
    assert.equal(readAll(destination), await fullBuild(source), what);
  }
  const last = readAll(destination);
  assert.equal([last['page3/index.html'], last['page4/index.html']], ['Home 3: A \n', undefined]);
});

test('a page that prints only the page count is rendered again when a new post adds a page', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-paginate-count-'));
  const source = path.join(root, 'src');
  const destination = path.join(root, 'out');
  writeAll(source, { ...SITE, 'index.html': '---\n---\n{{ paginator.page }} of {{ paginator.total_pages }}\n' });
  const session = new BuildSession({ source, destination, environment: 'development' }, quiet());
  await session.build();
  writeAll(source, { '_posts/2024-01-04-d.md': '---\ntitle: D\n---\nd\n', '_posts/2024-01-05-e.md': '---\ntitle: E\n---\ne\n' });
  await session.update([path.join(source, '_posts/2024-01-04-d.md'), path.join(source, '_posts/2024-01-05-e.md')]);
  const out = readAll(destination);
  assert.equal([out['index.html'], out['page2/index.html'], out['page3/index.html']], ['1 of 3\n', '2 of 3\n', '3 of 3\n']);
});

test('a rebuild that only touches an unrelated page keeps the paginated pages as they were', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-paginate-keep-'));
  const source = path.join(root, 'src');
  writeAll(source, { ...SITE, 'about.md': '---\n---\nAbout\n' });
  const session = new BuildSession({ source, destination: path.join(root, 'out'), environment: 'development' }, quiet());
  await session.build();
  writeAll(source, { 'about.md': '---\n---\nAbout us\n' });
  const summary = await session.update([path.join(source, 'about.md')]);
  assert.equal(summary.rendered, 1);
});

test('paginate without an index.html page warns as the plugin does and builds on', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-paginate-none-'));
  const source = path.join(root, 'src');
  writeAll(source, { '_config.yml': SITE['_config.yml'], 'index.md': '---\n---\n[{{ paginator.page }}]\n', '_posts/2024-01-01-a.md': SITE['_posts/2024-01-01-a.md'] });
  const messages: string[] = [];
  await build({ source, destination: path.join(root, 'out'), environment: 'development' }, new Logger('normal', (line) => messages.push(line)));
  assert.ok(messages.some((m) => m.includes("Pagination is enabled, but I couldn't find an index.html page")), messages.join('\n'));
  assert.equal(fs.readFileSync(path.join(root, 'out/index.html'), 'utf8'), '<p>[]</p>\n');
});

test.run();
