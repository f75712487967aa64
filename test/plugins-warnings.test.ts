import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite } from './helpers/site.js';

test('unknown plugins and Ruby plugins: one clear warning each, and the build goes on', async () => {
  const site = await buildSite({
    '_config.yml': 'plugins: [jekyll-archives, jekyll-seo-tag]\ngems: [jekyll-mentions]\n',
    '_plugins/tags/custom.rb': 'module Jekyll; end\n',
    '_plugins/notes.txt': 'not Ruby\n',
    'index.md': '---\n---\nHome\n',
  });
  assert.equal(site.error, null);
  assert.ok(site.exists('index.html'));
  const warnings = site.messages.filter((m) => m.includes('Warning'));
  assert.equal(warnings.length, 3, warnings.join('\n'));
  assert.match(warnings[0], /The plugin 'jekyll-archives' is not supported by jtd; the build goes on without it/);
  assert.match(warnings[1], /The plugin 'jekyll-mentions' is not supported by jtd/);
  assert.match(warnings[2], /_plugins\/tags\/custom\.rb is a Ruby plugin; jtd does not run Ruby code/);
});

test('without a Gemfile, GitHub Pages defaults stay off: a Markdown file without front matter is copied as it is', async () => {
  const site = await buildSite({ '_config.yml': 'title: T\n', 'notes.md': '# Notes\n' });
  assert.ok(site.exists('notes.md'));
  assert.not.ok(site.exists('notes.html'));
});

test('remote_theme turns the GitHub Pages defaults on', async () => {
  const site = await buildSite({ '_config.yml': 'title: T\nremote_theme: someone/minimal-theme\n', 'notes.md': '# Notes\n\n[Home](index.md)\n', 'index.md': 'Home\n' });
  assert.ok(site.exists('notes.html'));
  assert.match(site.read('notes.html'), /<a href="\/">Home<\/a>/);
});

test('remote_theme: just-the-docs/just-the-docs uses the bundled theme even when theme: names another one', async () => {
  const site = await buildSite({
    '_config.yml': 'title: T\ntheme: minima\nremote_theme: just-the-docs/just-the-docs\n',
    'index.md': '---\nlayout: default\ntitle: Home\n---\nHi\n',
  });
  assert.is(site.error, null);
  assert.match(site.read('index.html'), 'class="side-bar"');
});

test('a theme other than just-the-docs: one warning that names it, and the build goes on without it', async () => {
  const site = await buildSite({
    '_config.yml': 'title: T\nremote_theme: someone/fork-of-a-docs-theme\n',
    '_layouts/default.html': '<main>{{ content }}</main>\n',
    'index.md': '---\nlayout: default\n---\nHome\n',
  });
  assert.equal(site.error, null);
  const warnings = site.messages.filter((m) => m.includes('Warning'));
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], /remote_theme: someone\/fork-of-a-docs-theme is not just-the-docs; jtd bundles only just-the-docs and downloads no theme/);
  const themed = await buildSite({ '_config.yml': 'remote_theme: just-the-docs/just-the-docs@v0.4.2\ntheme: just-the-docs\n', 'index.md': '---\n---\nHome\n' });
  assert.equal(themed.messages.filter((m) => m.includes('Warning')), []);
});

test('optional_front_matter.enabled: false and plugins listed explicitly', async () => {
  const off = await buildSite({
    '_config.yml': 'plugins: [jekyll-optional-front-matter]\noptional_front_matter:\n  enabled: false\n',
    'notes.md': '# Notes\n',
  });
  assert.not.ok(off.exists('notes.html'));
  const on = await buildSite({ '_config.yml': 'plugins: [jekyll-optional-front-matter]\noptional_front_matter:\n  remove_originals: true\n', 'notes.md': '# Notes\n' });
  assert.ok(on.exists('notes.html'));
  assert.not.ok(on.exists('notes.md'));
});

test.run();
