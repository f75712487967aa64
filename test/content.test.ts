import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite } from './helpers/site.js';

test('posts: titles from file names, excerpts rendered on their own, site.posts newest first', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\n',
    '_posts/2023-01-01-first-post.md': '---\n---\nOne *a*.\n\nTwo.\n',
    '_posts/2023-02-01-second.md': '---\ntitle: Second\nexcerpt_separator: <!--more-->\n---\nAll of this<!--more-->not this\n',
    'index.html': '---\n---\n{% for p in site.posts %}{{ p.title }}={{ p.excerpt | strip }};{% endfor %}',
  });
  assert.is(site.read('index.html'), 'Second=<p>All of this</p>;First Post=<p>One <em>a</em>.</p>;');
});

test('drafts, future and unpublished posts are left out unless asked for', async () => {
  const files = {
    '_config.yml': 'timezone: UTC\n',
    '_drafts/idea.md': '---\n---\nDraft\n',
    '_posts/2999-01-01-later.md': '---\n---\nFuture\n',
    '_posts/2023-01-01-hidden.md': '---\npublished: false\n---\nHidden\n',
    '_posts/2023-01-02-shown.md': '---\n---\nShown\n',
  };
  const plain = await buildSite(files);
  assert.ok(plain.exists('2023/01/02/shown.html'));
  assert.not.ok(plain.exists('2023/01/01/hidden.html'));
  assert.not.ok(plain.exists('2999/01/01/later.html'));
  const all = await buildSite(files, { drafts: true, future: true });
  assert.ok(all.exists('2999/01/01/later.html'));
  const fs = await import('node:fs');
  const written = fs.readdirSync(all.destination, { recursive: true }).map(String);
  assert.ok(written.some((f) => f.endsWith('idea.html')), 'the draft is built with --drafts');
  assert.not.ok(fs.readdirSync(plain.destination, { recursive: true }).map(String).some((f) => f.endsWith('idea.html')));
});

test('limit_posts keeps the newest posts only, from the configuration or --limit_posts; a negative one is an error', async () => {
  const files = {
    '_config.yml': 'timezone: UTC\nlimit_posts: 2\n',
    '_posts/2023-01-01-oldest.md': '---\n---\nOldest\n',
    '_posts/2023-02-01-middle.md': '---\n---\nMiddle\n',
    '_posts/2023-03-01-newest.md': '---\n---\nNewest\n',
    'index.html': '---\n---\n{% for p in site.posts %}{{ p.title }};{% endfor %}',
  };
  const limited = await buildSite(files);
  assert.is(limited.read('index.html'), 'Newest;Middle;');
  assert.not.ok(limited.exists('2023/01/01/oldest.html'));
  assert.ok(limited.exists('2023/02/01/middle.html'));
  const one = await buildSite(files, { limitPosts: 1 });
  assert.is(one.read('index.html'), 'Newest;', 'the option wins over the configuration');
  const all = await buildSite({ ...files, '_config.yml': 'timezone: UTC\nlimit_posts: 0\n' });
  assert.is(all.read('index.html'), 'Newest;Middle;Oldest;');
  const negative = await buildSite({ ...files, '_config.yml': 'timezone: UTC\nlimit_posts: -1\n' });
  assert.match(String(negative.error), 'limit_posts must be a non-negative whole number, not -1');
});

test('collections: output false renders nothing but the documents are readable; sort_by orders them', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\ncollections:\n  people:\n    output: false\n    sort_by: rank\n',
    '_people/zed.md': '---\nrank: 1\n---\n*Zed*\n',
    '_people/amy.md': '---\nrank: 2\n---\n*Amy*\n',
    'index.html': '---\n---\n{% for p in site.people %}{{ p.content | strip }}{% endfor %}',
  });
  assert.is(site.read('index.html'), '<p><em>Zed</em></p><p><em>Amy</em></p>');
  assert.not.ok(site.exists('people/zed.html'));
});

test('data files: YAML 1.1 booleans and octal, CSV rows, nested folders', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\n',
    '_data/flags.yml': 'a: yes\nb: off\nc: 0777\nd: 1.0\n',
    '_data/shop/items.csv': 'sku,price\nA,1.50\nB,2\n',
    'index.html': '---\n---\n{{ site.data.flags.a }} {{ site.data.flags.b }} {{ site.data.flags.c }} {{ site.data.flags.d }} {{ site.data.shop.items[1].price | plus: 1 }}',
  });
  assert.is(site.read('index.html'), 'true false 511 1.0 3');
});

test('a file without front matter is copied as it is; empty front matter makes it a page', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\n',
    'plain.md': '# {{ not processed }}\n',
    'page.md': '---\n---\n# Title\n',
  });
  assert.is(site.read('plain.md'), '# {{ not processed }}\n');
  assert.match(site.read('page.html'), '<h1 id="title">Title</h1>');
});

test('small and large files alike: a page of 100 KB is rendered whole, a large file without front matter is copied', async () => {
  const paragraph = 'Words of a long page. '.repeat(40);
  const long = Array.from({ length: 120 }, (_, i) => `${paragraph}${i}`).join('\n\n');
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\n',
    'long.md': `---\ntitle: Long\n---\n${long}\n\nThe end.\n`,
    'short.md': '---\ntitle: Short\n---\nShort.\n',
    'data.txt': `${'x'.repeat(100_000)}\n---\nnot front matter\n`,
  });
  const html = site.read('long.html');
  assert.ok(long.length > 64 * 1024);
  assert.is(html.match(/<p>/g)?.length, 121);
  assert.match(html, '<p>The end.</p>');
  assert.is(site.read('short.html'), '<p>Short.</p>\n');
  assert.is(site.read('data.txt'), `${'x'.repeat(100_000)}\n---\nnot front matter\n`);
});

test('keep_files survive the clean-up of the destination; stale files are removed', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const first = await buildSite({ '_config.yml': 'timezone: UTC\nkeep_files: [kept]\n', 'a.html': '---\n---\nA' });
  fs.mkdirSync(path.join(first.destination, 'kept'), { recursive: true });
  fs.writeFileSync(path.join(first.destination, 'kept/x.txt'), 'x');
  fs.writeFileSync(path.join(first.destination, 'stale.html'), 'old');
  const { build } = await import('../lib/build/build.js');
  const { Logger } = await import('../lib/log/logger.js');
  await build({ source: first.source, destination: first.destination }, new Logger('quiet', () => {}));
  assert.ok(fs.existsSync(path.join(first.destination, 'kept/x.txt')));
  assert.not.ok(fs.existsSync(path.join(first.destination, 'stale.html')));
  assert.ok(fs.existsSync(path.join(first.destination, 'a.html')));
});

test('layouts chain with layout.* merged inner-first, and content is the inner output', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\n',
    '_layouts/base.html': '---\nv: base\n---\n<base v="{{ layout.v }}" w="{{ layout.w }}">{{ content }}</base>',
    '_layouts/post.html': '---\nlayout: base\nv: post\nw: w\n---\n<post>{{ content }}</post>',
    'p.html': '---\nlayout: post\n---\nX',
  });
  assert.is(site.read('p.html'), '<base v="post" w="w"><post>X</post></base>');
});

test('JEKYLL_ENV reaches jekyll.environment and Sass pages compile with _sass imports', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\n',
    '_sass/_vars.scss': '$c: #123456;\n',
    'assets/main.scss': '---\n---\n@import "vars";\na { color: $c; }\n',
    'env.html': '---\n---\n{{ jekyll.environment }} {{ jekyll.version }}',
  });
  assert.is(site.read('env.html'), 'development 4.3.1');
  assert.match(site.read('assets/main.css'), 'color: #123456;');
});

test('a page rendered after a stylesheet reads its compiled CSS as content, as in Jekyll', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\n',
    'assets/a.scss': '---\n---\n$w: 2px;\na { width: $w * 2; }\n',
    'z.html': '---\n---\n{% for p in site.pages %}{% if p.name == "a.scss" %}[{{ p.content | strip }}]{% endif %}{% endfor %}',
    'b.html': '---\n---\n{{ "x { y: 1px + 1px; }" | scssify | strip }}',
  });
  // jekyll-sass-converter 3 ends a stylesheet page with a comment naming its source map (by default).
  assert.is(site.read('z.html'), '[a {\n  width: 4px;\n}\n\n/*# sourceMappingURL=a.css.map */]');
  assert.is(site.read('assets/a.css'), 'a {\n  width: 4px;\n}\n\n/*# sourceMappingURL=a.css.map */');
  assert.is(site.read('b.html'), 'x {\n  y: 2px;\n}');
});


test('a stylesheet page gets a source map beside it, naming its sources from the site; sourcemap: never writes none', async () => {
  const files = (config: string) => ({
    '_config.yml': `timezone: UTC\n${config}`,
    '_sass/_vars.scss': '$c: red;\n',
    'assets/main.scss': '---\n---\n@import "vars";\na { color: $c; }\n',
    'b.html': '---\n---\n{{ "x { y: 1px; }" | scssify }}',
  });
  const site = await buildSite(files(''));
  assert.is(site.read('assets/main.css'), 'a {\n  color: red;\n}\n\n/*# sourceMappingURL=main.css.map */');
  const map = JSON.parse(site.read('assets/main.css.map'));
  assert.equal(map.sources, ['assets/main.scss', '_sass/_vars.scss']);
  assert.equal(map.sourcesContent, ['@import "vars";\na { color: $c; }\n', '$c: red;\n']);
  assert.is(map.file, 'main.css');
  assert.is(site.read('b.html'), 'x {\n  y: 1px;\n}\n');
  const never = await buildSite(files('sass:\n  sourcemap: never\n'));
  assert.is(never.read('assets/main.css'), 'a {\n  color: red;\n}\n');
  assert.not.ok(never.exists('assets/main.css.map'));
  const production = await buildSite(files('sass:\n  sourcemap: development\n'), { environment: 'production' });
  assert.not.ok(production.exists('assets/main.css.map'));
  assert.ok(site.exists('assets/main.css.map'));
});

test.run();
