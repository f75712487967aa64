import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite } from './helpers/site.js';

const config = `timezone: UTC
defaults:
  - scope: { path: "" }
    values: { layout: base, colour: red }
  - scope: { path: "docs" }
    values: { colour: blue, section: Docs }
  - scope: { path: "docs/*/index.md" }
    values: { colour: green }
  - scope: { path: "", type: posts }
    values: { kind: post }
`;

const files = {
  '_config.yml': config,
  '_layouts/base.html': '[{{ content }}]',
  'index.md': '---\n---\n{{ page.colour }}/{{ page.section }}/{{ page.kind }}\n',
  'docs/a.md': '---\n---\n{{ page.colour }}/{{ page.section }}\n',
  'docs/api/index.md': '---\n---\n{{ page.colour }}\n',
  'docs-old/b.md': '---\n---\n{{ page.colour }}\n',
  'own.md': '---\ncolour: black\nlayout: null\n---\n{{ page.colour }} {{ page.layout }}\n',
  '_posts/2023-01-01-p.md': '---\n---\n{{ page.kind }}\n',
};

test('front matter defaults apply by path prefix, longest path winning', async () => {
  const site = await buildSite(files);
  assert.is(site.read('index.html').trim(), '[<p>red//</p>]');
  assert.is(site.read('docs/a.html').trim(), '[<p>blue/Docs</p>]');
  assert.is(site.read('docs-old/b.html').trim(), '[<p>blue</p>]', 'a path scope is a plain string prefix');
});

test('a glob scope that is longer wins over a shorter prefix scope', async () => {
  const site = await buildSite(files);
  assert.is(site.read('docs/api/index.html').trim(), '[<p>green</p>]');
});

test('front matter wins over defaults; layout: null drops the layout but page.layout still shows it', async () => {
  const site = await buildSite(files);
  assert.is(site.read('own.html').trim(), '<p>black base</p>');
});

test('defaults scoped by type apply to that collection only', async () => {
  const site = await buildSite(files);
  assert.is(site.read('2023/01/01/p.html').trim(), '[<p>post</p>]');
});

test.run();
