import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../lib/cli.js';
import { capturedIo } from '../lib/cli/captured-io.js';
import { locateInSource } from '../lib/check/locate-in-source.js';
import { scanHtml } from '../lib/check/html-scan.js';

const FIXTURES = path.resolve('test/fixtures/check');

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-check-'));
}

async function check(args: string[]): Promise<{ status: number; out: string; err: string }> {
  const io = capturedIo();
  const status = await main(args, io);
  return { status, out: io.out(), err: io.err() };
}

function writeSite(files: Record<string, string>): string {
  const source = tempDir();
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
    fs.writeFileSync(path.join(source, file), text);
  }
  return source;
}

test('every planted broken link, anchor, image and asset is reported with its source file and line', async () => {
  // --disable-disk-cache: the fixture is built where it is, and no cache is left in the repository.
  const result = await check(['check', '-s', path.join(FIXTURES, 'broken'), '-d', path.join(tempDir(), '_site'), '--disable-disk-cache']);
  assert.is(result.status, 1);
  const expected = [
    '_layouts/default.html:8: broken link "Retired page" → /retired.html',
    'docs/reference.html:6: missing anchor "Nope" → ../index.html#nope',
    'docs/reference.html:7: missing asset → /js/app.js',
    'guide.md:12: missing anchor "a part of this page that does not exist" → #no-such-part',
    'guide.md:14: missing image "Diagram" → /images/diagram.svg',
    'index.md:9: broken link "A page that is gone" → gone.html',
    'index.md:11: missing anchor "A section that is gone" → guide.html#section-nine',
    'index.md:13: missing image "A missing logo" → images/logo.png',
  ];
  const lines = result.out.trim().split('\n');
  assert.is(lines.length, expected.length, result.out);
  expected.forEach((start, i) => assert.ok(lines[i].startsWith(start), `expected "${start}", got "${lines[i]}"`));
  assert.match(lines[0], /\(also on 2 other pages\)$/);
  assert.not.match(result.out, /example\.com|mailto|section-two|real\.gif|#top|#content/);
  assert.match(result.err, /8 problems found in 3 pages checked/);
});

test('jtd build --check reports the same and fails', async () => {
  const result = await check(['build', '--check', '-s', path.join(FIXTURES, 'broken'), '-d', path.join(tempDir(), '_site'), '--disable-disk-cache']);
  assert.is(result.status, 1);
  assert.match(result.out, /^index\.md:9: broken link/m);
});

test('missing {% link %} and {% post_url %} targets are reported with file and line; raw blocks are skipped', async () => {
  const result = await check(['check', '-s', path.join(FIXTURES, 'link-tags'), '-d', path.join(tempDir(), '_site')]);
  assert.is(result.status, 1);
  const lines = result.out.trim().split('\n');
  assert.equal(lines, [
    'index.md:6: missing {% link %} target → nowhere.md: no page, document or file has this path',
    'index.md:8: missing {% post_url %} target → 2020-02-02-missing: no post has this name',
  ]);
  assert.match(result.err, /Check incomplete/);
});

test('a site with a baseurl: links under it resolve, a root link outside it is reported', async () => {
  const source = writeSite({
    '_config.yml': 'timezone: UTC\nbaseurl: /project\n',
    'index.md': '---\n---\n[Fine]({{ site.baseurl }}/about.html) [Also fine]({% link about.md %}) [Relative](about)\n\n[Outside](/about.html)\n',
    'about.md': '---\n---\nAbout.\n',
  });
  const result = await check(['check', '-s', source, '-d', path.join(source, '_site')]);
  assert.is(result.status, 1, result.out + result.err);
  assert.equal(result.out.trim().split('\n'), [
    'index.md:5: broken link "Outside" → /about.html: /about.html is outside the site\'s baseurl /project',
  ]);
});

test('a clean site passes with exit status 0', async () => {
  const source = writeSite({
    '_config.yml': 'timezone: UTC\n',
    'index.md': '---\n---\n# Top\n\n[About](about.html#who) [About, no extension](/about) [Folder](docs/)\n',
    'about.md': '---\n---\n## Who\n',
    'docs/index.html': '---\n---\n<a href="../index.html#top">up</a>',
  });
  const result = await check(['check', '-s', source, '-d', path.join(source, '_site')]);
  assert.is(result.out, '');
  assert.is(result.status, 0, result.err);
  assert.match(result.err, /No broken links/);
});

test('the same broken link twice in a page is placed on each of its source lines', () => {
  const lines = ['[a](x.html)', 'text', '[b](x.html)'];
  const clue = { url: 'x.html', urlWithoutBase: 'x.html', text: 'b' };
  assert.is(locateInSource(lines, { ...clue, occurrence: 0 }), 1);
  assert.is(locateInSource(lines, { ...clue, occurrence: 1 }), 3);
});

test('the HTML scan skips scripts and comments and collects ids and names', () => {
  const scan = scanHtml('<!-- <a href="c.html">c</a> -->\n<script>var s = "<a href=\'s.html\'>";</script>\n<h2 id="x">X</h2><a name="y"></a>\n<a href="ok.html?a=1&amp;b=2">O&amp;K</a>');
  assert.equal(scan.references.map((r) => [r.url, r.text, r.line]), [['ok.html?a=1&b=2', 'O&K', 4]]);
  assert.equal([...scan.anchors].sort(), ['x', 'y']);
});

test.run();
