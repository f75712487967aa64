import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isIgnored } from '../lib/watch/watch-source.js';

const site = path.resolve('/sites/docs');
const destination = path.join(site, '_site');
const watched = (file: string) => !isIgnored(path.join(site, file), [site], destination);

test('the site\'s pages, includes, Sass and data are watched', () => {
  for (const file of ['index.md', '_includes/head_custom.html', '_sass/custom/custom.scss', '_data/nav.yml', 'vendor/js/app.js', 'docs/vendor/bundle/page.md']) {
    assert.ok(watched(file), file);
  }
});

test('the destination, caches, version control, node_modules and the gems Bundler installs in vendor/ are not watched', () => {
  for (const file of ['_site/index.html', '.jtd-cache/sass/x.json', '.jekyll-cache/x', '.git/HEAD', 'node_modules/a/b.js', 'docs/node_modules/a.js', 'vendor/bundle/ruby/3.1.0/gems/x/y.rb', 'vendor/bundle', 'vendor/cache/x.gem', 'vendor/gems/x', 'vendor/ruby/3.1.0/x']) {
    assert.not.ok(watched(file), file);
  }
});

test.run();
