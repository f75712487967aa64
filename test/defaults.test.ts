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

function flat(site: { read(f: string): string }, file: string): string {
  return site.read(file).replace(/\s+/g, '');
}

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
  assert.is(flat(site, 'index.html'), '[<p>red//</p>]');
  assert.is(flat(site, 'docs/a.html'), '[<p>blue/Docs</p>]');
  assert.is(flat(site, 'docs-old/b.html'), '[<p>blue</p>]', 'a path scope is a plain string prefix');
});

test('a glob scope that is longer wins over a shorter prefix scope', async () => {
  const site = await buildSite(files);
  assert.is(flat(site, 'docs/api/index.html'), '[<p>green</p>]');
});

test('front matter wins over defaults; layout: null drops the layout but page.layout still shows it', async () => {
  const site = await buildSite(files);
  assert.is(flat(site, 'own.html'), '<p>blackbase</p>');
});

test('defaults scoped by type apply to that collection only', async () => {
  const site = await buildSite(files);
  assert.is(flat(site, '2023/01/01/p.html'), '[<p>post</p>]');
});

test.run();
