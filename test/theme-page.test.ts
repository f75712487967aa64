import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { build } from '../lib/build/build.js';
import { Logger } from '../lib/log/logger.js';
import { between, buildThemeSite, page } from './helpers/theme-site.js';
import os from 'node:os';

const SEO_FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/theme/seo');

const TREE = {
  'index.md': page('title: Home\nnav_order: 1'),
  'guide/index.md': page('title: Guide\nnav_order: 2'),
  'guide/step.md': page('title: Step\nparent: Guide\nnav_order: 1\nsummary: The first step'),
  'guide/hidden.md': page('title: Hidden\nparent: Guide\nnav_order: 2\nnav_exclude: true'),
  'guide/deeper.md': page('title: Deeper\nparent: Step\ngrand_parent: Guide'),
  'orphan.md': page('title: Orphan\nparent: Nobody'),
  'no-toc.md': page('title: No TOC\nnav_order: 3\nhas_toc: false'),
  'no-toc-child.md': page('title: NT child\nparent: No TOC'),
};

test('breadcrumbs list the ancestors from the full navigation, excluded pages included', async () => {
  const site = await buildThemeSite(TREE);
  const crumbs = between(site.read('guide/deeper.html'), '<ol class="breadcrumb-nav-list">', '</ol>');
  assert.is(
    crumbs.replace(/<\/li>/g, ''),
    '<li class="breadcrumb-nav-list-item"><a href="/guide/">Guide</a>' +
      '<li class="breadcrumb-nav-list-item"><a href="/guide/step.html">Step</a>' +
      '<li class="breadcrumb-nav-list-item"><span>Deeper</span>',
  );
  assert.ok(site.read('guide/hidden.html').includes('<a href="/guide/">Guide</a>'));
  assert.ok(between(site.read('orphan.html'), '<ol class="breadcrumb-nav-list">', '</ol>').endsWith('<span>Orphan</span>'));
  assert.not.ok(site.read('guide/index.html').includes('breadcrumb-nav'));
});

test('the children table of contents lists every child with its summary, unless has_toc is false', async () => {
  const site = await buildThemeSite(TREE);
  const guide = site.read('guide/index.html');
  assert.ok(guide.includes('<hr><h2 class="text-delta">Table of contents</h2><ul>'));
  assert.ok(guide.includes('<li> <a href="/guide/step.html">Step</a> - The first step'));
  assert.ok(guide.includes('<li> <a href="/guide/hidden.html">Hidden</a>'));
  assert.not.ok(site.read('no-toc.html').includes('Table of contents'));
  assert.not.ok(site.read('guide/deeper.html').includes('Table of contents'));
});

test('the page skeleton has just-the-docs ids and classes, and head links the theme assets', async () => {
  const site = await buildThemeSite(TREE, 'search_enabled: true\naux_links:\n  Repo:\n    - https://example.com/repo\n');
  const html = site.read('guide/step.html');
  for (const part of [
    '<link rel="stylesheet" href="/assets/css/just-the-docs-default.css">',
    'id="jtd-head-nav-stylesheet"',
    '<style id="jtd-nav-activation">',
    '<script src="/assets/js/just-the-docs.js"></script>',
    '<a class="skip-to-main" href="#main-content">Skip to main content</a>',
    '<symbol id="svg-arrow-right" viewBox="0 0 24 24">',
    '<header class="side-bar">',
    '<button id="menu-button" class="site-button btn-reset" aria-label="Menu" aria-expanded="false">',
    '<div class="main" id="top"><div id="main-header" class="main-header"><div class="search" role="search">',
    'placeholder="Search Test Docs"',
    '<li class="aux-nav-list-item"> <a href="https://example.com/repo" class="site-button">Repo</a>',
    '<div id="main-content" class="main-content"><main>',
    '<div class="search-overlay"></div>',
  ]) {
    assert.ok(html.includes(part), part);
  }
});

test('headings with ids get anchors; tables get wrappers; minimal hides the sidebar', async () => {
  const site = await buildThemeSite({
    'index.md': page('title: Home', '## Hello\n\n| a |\n|---|\n| b |\n'),
    'min.md': page('title: Min\nlayout: minimal'),
  });
  const html = site.read('index.html');
  assert.ok(html.includes('<h2 id="hello"><a href="#hello" class="anchor-heading" aria-labelledby="hello">'));
  assert.ok(html.includes('<div class="table-wrapper"><table>'));
  assert.not.ok(site.read('min.html').includes('side-bar'));
});

test('the site overrides head_custom.html, nav_footer_custom.html and the default layout', async () => {
  const files = {
    'index.md': page('title: Home'),
    'other.md': page('title: Other\nlayout: page'),
    '_includes/head_custom.html': '<meta name="custom-head" content="yes">',
    '_includes/nav_footer_custom.html': '<p class="my-footer">Mine</p>',
  };
  const site = await buildThemeSite(files);
  const html = site.read('index.html');
  assert.ok(html.includes('<meta name="custom-head" content="yes"><body>'));
  assert.ok(html.includes('<div class="d-md-block d-none site-footer"><p class="my-footer">Mine</p></div>'));
  assert.not.ok(html.includes('This site uses'));
  const overridden = await buildThemeSite({ ...files, '_layouts/default.html': '<!-- mine -->{{ content }}' });
  assert.is(overridden.read('index.html').trim(), '<!-- mine --><p>Body.</p>');
  assert.is(overridden.read('other.html').trim(), '<!-- mine --><p>Body.</p>');
});

test("a site's own components/nav/pages.html renders the page lists", async () => {
  const site = await buildThemeSite({
    'index.md': page('title: Home'),
    '_includes/components/nav/pages.html': '<ul class="mine">{% for p in include.pages %}<li>{{ p.title }}</li>{% endfor %}</ul>',
  });
  assert.ok(site.read('index.html').includes('<nav aria-label="Main" id="site-nav" class="site-nav"><ul class="mine"><li>Home</ul></nav>'));
});

test('{% seo %} writes what jekyll-seo-tag 2.8 writes (measured with Jekyll 4.3.1)', async () => {
  const destination = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-seo-'));
  // No disk cache: the fixture is built where it is, and no cache is left in the repository.
  await build({ source: path.join(SEO_FIXTURE, 'src'), destination, environment: 'development', disableDiskCache: true }, new Logger('quiet', () => {}));
  for (const file of ['index.html', 'untitled.html', 'page.html', '2024/01/02/a-post.html', 'about.html', 'num.html']) {
    const expected = fs.readFileSync(path.join(SEO_FIXTURE, 'expected', file), 'utf8');
    assert.fixture(fs.readFileSync(path.join(destination, file), 'utf8'), expected, file);
  }
});

test.run();
