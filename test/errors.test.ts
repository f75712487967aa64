import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SiteError, formatSiteError } from '../lib/errors/site-error.js';
import { buildSite } from './helpers/site.js';

test('a Liquid syntax error stops the build and names file:line:col counted in the whole file', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\n',
    'page.md': '---\ntitle: T\n---\nline four\n{% if %}\n',
  });
  assert.instance(site.error, SiteError);
  const error = site.error as SiteError;
  assert.is(error.location?.file, 'page.md');
  assert.is(error.location?.line, 5);
  assert.ok(error.location?.column, 'has a column');
  const text = formatSiteError(error);
  assert.match(text, /^page\.md:5:\d+: Error: /);
  assert.match(text, '5 | {% if %}');
});

test('a Sass error stops the build and names the partial\'s file:line:col, then the stylesheet that imported it', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\n',
    '_sass/_broken.scss': 'b { c: d }\n.e { f: \n',
    'assets/main.scss': '---\n---\n\n@import "broken";\n',
  });
  assert.instance(site.error, SiteError);
  const text = formatSiteError(site.error as SiteError);
  assert.match(text, /^_sass\/_broken\.scss:2:9: Error: Sass: Expected expression\./);
  assert.match(text, '2 | .e { f: ');
  assert.match(text, 'from assets/main.scss:4:9');
});

test('a Sass error in the stylesheet itself counts lines in the whole file, front matter included', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\n',
    'style.scss': '---\ntitle: x\n---\na { color: red; }\nb { color: $nope; }\n',
  });
  assert.instance(site.error, SiteError);
  const error = site.error as SiteError;
  assert.is(error.location?.file, 'style.scss');
  assert.is(error.location?.line, 5);
  assert.is(error.location?.column, 12);
  assert.match(error.message, 'Undefined variable');
});

test('a missing include stops the build and says where it was looked for', async () => {
  const site = await buildSite({ '_config.yml': 'timezone: UTC\n', 'page.html': '---\n---\n\n{% include nope.html %}\n' });
  assert.instance(site.error, SiteError);
  const error = site.error as SiteError;
  assert.match(error.message, "Could not locate the included file 'nope.html'");
  assert.is(error.location?.line, 4);
});

test('invalid YAML front matter is a warning with file:line:col, and the build goes on', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\n',
    'bad.md': '---\ntitle: [unclosed\n---\nBody\n',
    'good.md': '---\n---\nFine\n',
  });
  assert.is(site.error, null);
  assert.ok(site.exists('good.html'));
  const warning = site.messages.find((m) => m.startsWith('bad.md:'));
  assert.ok(warning, `a warning names bad.md: ${site.messages.join('\n')}`);
  assert.match(warning!, /^bad\.md:\d+:\d+: Warning: /);
});

test('a missing layout is a warning and the page is written without layout', async () => {
  const site = await buildSite({ '_config.yml': 'timezone: UTC\n', 'p.md': '---\nlayout: nope\n---\nHi\n' });
  assert.is(site.error, null);
  assert.is(site.read('p.html').trim(), '<p>Hi</p>');
  assert.ok(site.messages.some((m) => m.includes("Layout 'nope' requested in p.md does not exist")));
});

test('an invalid _config.yml stops the build with its line', async () => {
  const site = await buildSite({ '_config.yml': 'title: ok\nbad: [\n' });
  assert.instance(site.error, SiteError);
  assert.match((site.error as SiteError).location?.file ?? '', '_config.yml');
});

test('a destination that contains the source is refused', async () => {
  const { build } = await import('../lib/build/build.js');
  const { Logger } = await import('../lib/log/logger.js');
  const site = await buildSite({ '_config.yml': 'timezone: UTC\n', 'keep.md': 'kept' });
  let refused: unknown = null;
  try {
    await build({ source: site.source, destination: site.source }, new Logger('quiet', () => {}));
  } catch (error) {
    refused = error;
  }
  assert.instance(refused, SiteError);
  assert.match((refused as SiteError).message, 'would delete your site');
});

test.run();
