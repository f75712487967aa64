import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite } from './helpers/site.js';

const CONFIG = 'title: CSS\ntimezone: UTC\ntheme: just-the-docs\ncallouts:\n  tip:\n    title: Tip\n    color: green\n';

test("a site's _includes/css/custom.scss.liquid replaces the last part of every theme stylesheet", async () => {
  const site = await buildSite({
    '_config.yml': CONFIG,
    '_includes/css/custom.scss.liquid': '.from-the-site-include { color: #abcdef; }\n',
    'index.md': '---\ntitle: Home\n---\nHi\n',
  });
  assert.is(site.error, null);
  for (const file of ['just-the-docs-default.css', 'just-the-docs-light.css', 'just-the-docs-dark.css']) {
    assert.match(site.read(`assets/css/${file}`), '.from-the-site-include', file);
  }
});

test('the theme stylesheets are assembled by css/just-the-docs.scss.liquid, with callouts from the config', async () => {
  const site = await buildSite({
    '_config.yml': CONFIG,
    '_includes/css/callouts.scss.liquid': '.callouts-replaced { color: #123123; }\n',
    'index.md': '---\ntitle: Home\n---\nHi\n',
  });
  assert.is(site.error, null);
  assert.match(site.read('assets/css/just-the-docs-default.css'), '.callouts-replaced');
  const plain = await buildSite({ '_config.yml': CONFIG, 'index.md': '---\ntitle: Home\n---\nHi\n' });
  assert.match(plain.read('assets/css/just-the-docs-default.css'), '.tip');
});

test.run();
