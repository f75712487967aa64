import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { build } from '../lib/build/build.js';
import { Logger } from '../lib/log/logger.js';
import { buildSite } from './helpers/site.js';
import { snapshot } from './helpers/snapshot.js';

test('a build with a warm .jtd-cache writes the same bytes as a build without caches', async () => {
  const site = await buildSite({
    '_config.yml': 'title: Cached\ntimezone: UTC\ntheme: just-the-docs\n',
    'index.md': '---\ntitle: Home\nnav_order: 1\n---\n# Home\n\n```ruby\nputs 1\n```\n',
    'docs/a.md': '---\ntitle: A\nnav_order: 2\n---\nText with a [link](../index.html).\n',
    '_sass/custom/custom.scss': '.site-title { letter-spacing: 1px; }\n',
  });
  assert.is(site.error, null);
  assert.ok(fs.existsSync(path.join(site.source, '.jtd-cache/sass')), 'compiled CSS is cached in the source folder');
  const quiet = new Logger('quiet', () => {});
  const warm = path.join(path.dirname(site.destination), 'warm');
  await build({ source: site.source, destination: warm }, quiet);
  fs.writeFileSync(path.join(site.source, '_config.yml'), 'title: Cached\ntimezone: UTC\ntheme: just-the-docs\ndisable_disk_cache: true\n');
  fs.rmSync(path.join(site.source, '.jtd-cache'), { recursive: true });
  const cold = path.join(path.dirname(site.destination), 'cold');
  await build({ source: site.source, destination: cold }, quiet);
  assert.not.ok(fs.existsSync(path.join(site.source, '.jtd-cache')), 'disable_disk_cache writes no cache');
  const withCache = snapshot(warm);
  const withoutCache = snapshot(cold);
  assert.equal(Object.keys(withCache).sort(), Object.keys(withoutCache).sort());
  for (const file of Object.keys(withCache)) assert.is(withCache[file], withoutCache[file], file);
  assert.not.ok(Object.keys(withCache).some((f) => f.includes('.jtd-cache')));
});

test('a changed Sass partial is compiled again even when the entry file is unchanged', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\n',
    '_sass/_colors.scss': '$c: red;\n',
    'main.scss': '---\n---\n@import "colors";\na { color: $c; }\n',
  });
  assert.match(site.read('main.css'), 'color: red');
  fs.writeFileSync(path.join(site.source, '_sass/_colors.scss'), '$c: blue;\n');
  await build({ source: site.source, destination: site.destination }, new Logger('quiet', () => {}));
  assert.match(site.read('main.css'), 'color: blue');
});

test('a second full build rewrites only the files whose bytes change, and any file changed in the destination since', async () => {
  const site = await buildSite({
    '_config.yml': 'title: Twice\ntimezone: UTC\ntheme: just-the-docs\n',
    'index.md': '---\ntitle: Home\nnav_order: 1\n---\n# Home\n',
    'docs/a.md': '---\ntitle: A\nnav_order: 2\n---\nA text.\n',
    'docs/b.md': '---\ntitle: B\nnav_order: 3\n---\nB text.\n',
    'image.txt': 'static\n',
  });
  assert.is(site.error, null);
  const quiet = new Logger('quiet', () => {});
  fs.writeFileSync(path.join(site.destination, 'docs/b.html'), 'edited by hand');
  fs.rmSync(path.join(site.destination, 'image.txt'));
  fs.writeFileSync(path.join(site.source, 'docs/a.md'), '---\ntitle: A\nnav_order: 2\n---\nA text, changed.\n');
  const again = await build({ source: site.source, destination: site.destination }, quiet);
  assert.equal(
    again.written.filter((f) => !f.startsWith('assets/')).sort(),
    ['docs/a.html', 'docs/b.html', 'image.txt'],
    'the changed page, the page edited in the destination and the deleted file',
  );
  const third = await build({ source: site.source, destination: site.destination }, quiet);
  assert.equal(third.written, [], 'nothing changed: nothing written');
  const fresh = path.join(path.dirname(site.destination), 'fresh');
  fs.rmSync(path.join(site.source, '.jtd-cache'), { recursive: true });
  await build({ source: site.source, destination: fresh }, quiet);
  assert.equal(snapshot(site.destination), snapshot(fresh), 'the same bytes as a build into an empty folder');
});

test('a full build removes stale files after writing, and first whatever stands where a file or folder goes', async () => {
  const site = await buildSite({ '_config.yml': 'timezone: UTC\n', 'docs/a.md': '---\n---\nA\n', 'sub/b.md': '---\n---\nB\n' });
  fs.rmSync(path.join(site.destination, 'docs/a.html'));
  fs.mkdirSync(path.join(site.destination, 'docs/a.html/inner'), { recursive: true });
  fs.writeFileSync(path.join(site.destination, 'docs/a.html/inner/x.txt'), 'a folder where a file goes');
  fs.rmSync(path.join(site.destination, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(site.destination, 'sub'), 'a file where a folder goes');
  fs.writeFileSync(path.join(site.destination, 'stale.html'), 'old');
  await build({ source: site.source, destination: site.destination }, new Logger('quiet', () => {}));
  assert.is(site.read('docs/a.html').trim(), '<p>A</p>');
  assert.is(site.read('sub/b.html').trim(), '<p>B</p>');
  assert.not.ok(site.exists('stale.html'));
});

test('a Sass file added to the site in place of a theme partial is used by the next build, and removing it restores the theme\'s', async () => {
  const site = await buildSite({ '_config.yml': 'timezone: UTC\ntheme: just-the-docs\n', 'index.md': '---\ntitle: Home\n---\nHi\n' });
  const css = () => site.read('assets/css/just-the-docs-default.css');
  const quiet = new Logger('quiet', () => {});
  assert.not.match(css(), '.site-added-rule');
  fs.mkdirSync(path.join(site.source, '_sass/custom'), { recursive: true });
  fs.writeFileSync(path.join(site.source, '_sass/custom/custom.scss'), '.site-added-rule { color: red; }\n');
  await build({ source: site.source, destination: site.destination }, quiet);
  assert.match(css(), '.site-added-rule');
  fs.rmSync(path.join(site.source, '_sass/custom/custom.scss'));
  await build({ source: site.source, destination: site.destination }, quiet);
  assert.not.match(css(), '.site-added-rule');
});

/** A stylesheet whose import finds a partial in _sass. */
const sassImportSite = {
  '_config.yml': 'timezone: UTC\n',
  '_sass/_colors.scss': '$c: red;\n',
  'assets/css/main.scss': '---\n---\n@import "colors";\na { color: $c; }\n',
};

async function rebuildQuietly(site: { source: string; destination: string }): Promise<void> {
  await build({ source: site.source, destination: site.destination }, new Logger('quiet', () => {}));
}

test('a file added beside a stylesheet takes the place of the _sass partial its import found, in the next build: a partial of that name, or a folder of that name with an index file', async () => {
  for (const added of ['assets/css/_colors.scss', 'assets/css/colors/_index.scss']) {
    const site = await buildSite(sassImportSite);
    assert.match(site.read('assets/css/main.css'), 'color: red');
    fs.mkdirSync(path.dirname(path.join(site.source, added)), { recursive: true });
    fs.writeFileSync(path.join(site.source, added), '$c: navy;\n');
    await rebuildQuietly(site);
    assert.match(site.read('assets/css/main.css'), 'color: navy', added);
  }
});

test('compiled CSS is reused when stylesheets appear where no import looks (deep in node_modules, in the output folder)', async () => {
  const site = await buildSite({
    ...sassImportSite,
    'page.html': '---\n---\n<style>{{ "@import \'colors\'; b { color: $c; }" | scssify }}</style>\n',
  });
  const entries = path.join(site.source, '.jtd-cache/sass');
  const past = new Date(Date.now() - 60_000);
  for (const entry of fs.readdirSync(entries)) fs.utimesSync(path.join(entries, entry), past, past);
  fs.mkdirSync(path.join(site.source, 'node_modules/some-package/scss'), { recursive: true });
  fs.writeFileSync(path.join(site.source, 'node_modules/some-package/scss/_colors.scss'), '$c: blue;\n');
  fs.mkdirSync(path.join(site.source, '_site/assets/css'), { recursive: true });
  fs.writeFileSync(path.join(site.source, '_site/assets/css/_colors.scss'), '$c: blue;\n');
  await rebuildQuietly(site);
  assert.match(site.read('assets/css/main.css'), 'color: red');
  assert.match(site.read('page.html'), 'color: red');
  for (const entry of fs.readdirSync(entries)) {
    assert.ok(Math.abs(fs.statSync(path.join(entries, entry)).mtimeMs - past.getTime()) < 1000, `${entry} was not made again`);
  }
});

/** Builds the site again, verbosely, and gives what it printed. */
async function rebuild(source: string, destination: string): Promise<string[]> {
  const lines: string[] = [];
  await build({ source, destination }, new Logger('verbose', (line) => lines.push(line)));
  return lines;
}

test('a second build takes each Markdown conversion from .jtd-cache, and converts a page whose text changed', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\n',
    'a.md': '---\n---\n# A\n\nFirst *text*.\n',
    'b.md': '---\n---\n# B\n\n```ruby\nputs 2\n```\n',
  });
  assert.is(site.error, null);
  const second = await rebuild(site.source, site.destination);
  assert.ok(second.includes('Markdown: 2 conversions taken from .jtd-cache, 0 made.'), second.join('\n'));
  fs.writeFileSync(path.join(site.source, 'a.md'), '---\n---\n# A\n\nSecond *text*.\n');
  const third = await rebuild(site.source, site.destination);
  assert.ok(third.includes('Markdown: 1 conversions taken from .jtd-cache, 1 made.'), third.join('\n'));
  assert.match(site.read('a.html'), '<p>Second <em>text</em>.</p>');
});

test('a changed kramdown setting converts every page again', async () => {
  const site = await buildSite({ '_config.yml': 'timezone: UTC\n', 'a.md': '---\n---\n## A heading\n' });
  assert.match(site.read('a.html'), '<h2 id="a-heading">A heading</h2>');
  fs.writeFileSync(path.join(site.source, '_config.yml'), 'timezone: UTC\nkramdown:\n  auto_ids: false\n');
  const lines = await rebuild(site.source, site.destination);
  assert.ok(lines.includes('Markdown: 0 conversions taken from .jtd-cache, 1 made.'), lines.join('\n'));
  assert.match(site.read('a.html'), '<h2>A heading</h2>');
  assert.is(fs.readdirSync(path.join(site.source, '.jtd-cache/markdown')).length, 1, 'the conversions of the old settings are dropped');
});

test('a damaged Markdown cache is not used, and the build replaces it', async () => {
  const site = await buildSite({ '_config.yml': 'timezone: UTC\n', 'a.md': '---\n---\nSome *text*.\n' });
  const dir = path.join(site.source, '.jtd-cache/markdown');
  const [file] = fs.readdirSync(dir);
  const whole = fs.readFileSync(path.join(dir, file!), 'utf8');
  fs.writeFileSync(path.join(dir, file!), whole.slice(0, -3));
  const lines = await rebuild(site.source, site.destination);
  assert.ok(lines.includes('Markdown: 0 conversions taken from .jtd-cache, 1 made.'), lines.join('\n'));
  assert.match(site.read('a.html'), '<p>Some <em>text</em>.</p>');
  const next = await rebuild(site.source, site.destination);
  assert.ok(next.includes('Markdown: 1 conversions taken from .jtd-cache, 0 made.'), next.join('\n'));
});

test('a second build takes the search files from .jtd-cache; a changed page\'s entries are made again, the others\' taken; a changed setting makes the files again', async () => {
  const config = 'title: Kept\ntimezone: UTC\ntheme: just-the-docs\n';
  const site = await buildSite({
    '_config.yml': config,
    'index.md': '---\ntitle: Home\nnav_order: 1\n---\n# Home\n\nWelcome.\n',
    'docs/a.md': '---\ntitle: A\nnav_order: 2\n---\n## Setting up\n\nFirst steps.\n',
  });
  assert.is(site.error, null);
  const first = { data: site.read('assets/js/search-data.json'), index: site.read('assets/js/search-index.js') };
  const second = await rebuild(site.source, site.destination);
  assert.ok(second.includes('Search: the search files taken from .jtd-cache (made from the same pages).'), second.join('\n'));
  assert.equal({ data: site.read('assets/js/search-data.json'), index: site.read('assets/js/search-index.js') }, first);
  fs.writeFileSync(path.join(site.source, 'docs/a.md'), '---\ntitle: A\nnav_order: 2\n---\n## Getting started\n\nFirst steps.\n');
  const third = await rebuild(site.source, site.destination);
  assert.ok(third.includes('Search: the entries of 1 pages taken from .jtd-cache, of 1 made.'), third.join('\n'));
  assert.match(site.read('assets/js/search-data.json'), '"title": "Getting started"');
  assert.match(site.read('assets/js/search-index.js'), 'Getting started');
  fs.writeFileSync(path.join(site.source, '_config.yml'), `${config}baseurl: /handbook\n`);
  const fourth = await rebuild(site.source, site.destination);
  assert.not.ok(fourth.some((line) => line.startsWith('Search: the search files taken')), fourth.join('\n'));
  assert.match(site.read('assets/js/search-data.json'), '"url": "/handbook/docs/a.html#getting-started"');
});

test('search files taken from .jtd-cache are written from it where the destination lost or changed them; a cut kept file is not used', async () => {
  const site = await buildSite({
    '_config.yml': 'title: Kept\ntimezone: UTC\ntheme: just-the-docs\n',
    'index.md': '---\ntitle: Home\nnav_order: 1\n---\n# Home\n\nWelcome, café.\n',
    'docs/a.md': '---\ntitle: A\nnav_order: 2\n---\n## Setting up\n\nFirst steps.\n',
  });
  assert.is(site.error, null);
  const files = ['assets/js/search-data.json', 'assets/js/search-index.js', 'assets/js/vendor/lunr.min.js'];
  const first = files.map((file) => site.read(file));
  fs.rmSync(path.join(site.destination, files[0]!));
  fs.writeFileSync(path.join(site.destination, files[1]!), 'changed by hand');
  fs.rmSync(path.join(site.destination, files[2]!));
  const second = await rebuild(site.source, site.destination);
  assert.ok(second.includes('Search: the search files taken from .jtd-cache (made from the same pages).'), second.join('\n'));
  assert.equal(files.map((file) => site.read(file)), first);
  const kept = path.join(site.source, '.jtd-cache/search/files.bin');
  fs.truncateSync(kept, fs.statSync(kept).size - 10);
  fs.rmSync(path.join(site.destination, files[1]!));
  const third = await rebuild(site.source, site.destination);
  assert.not.ok(third.some((line) => line.startsWith('Search: the search files taken')), third.join('\n'));
  assert.equal(files.map((file) => site.read(file)), first);
});

test('the Markdown cache of a build whose pages go to the write thread is kept whole', async () => {
  const files: Record<string, string> = { '_config.yml': 'timezone: UTC\n' };
  // Enough pages for the write thread, and enough text for the cache file to be written in several parts.
  for (let i = 0; i < 150; i++) files[`p${i}.md`] = `---\n---\n# Page ${i}\n\n${`Some *text* of page ${i}. `.repeat(400)}\n`;
  const site = await buildSite(files);
  assert.is(site.error, null);
  const first = site.read('p7.html');
  const lines = await rebuild(site.source, site.destination);
  assert.ok(lines.includes('Markdown: 150 conversions taken from .jtd-cache, 0 made.'), lines.join('\n'));
  assert.is(site.read('p7.html'), first);
  assert.equal(fs.readdirSync(path.join(site.source, '.jtd-cache/markdown')).length, 1, 'no temporary file is left');
});

test.run();
