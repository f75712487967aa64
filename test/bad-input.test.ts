import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { build } from '../lib/build/build.js';
import { SiteError, formatSiteError } from '../lib/errors/site-error.js';
import { Logger } from '../lib/log/logger.js';
import { buildSite } from './helpers/site.js';

const config = 'timezone: UTC\n';

function errorText(site: { error: unknown }): string {
  assert.instance(site.error, SiteError, `expected a SiteError, got ${String(site.error)}`);
  return formatSiteError(site.error as SiteError);
}

test('unclosed front matter is a warning at line 1 and the file is read as content', async () => {
  const site = await buildSite({ '_config.yml': config, 'open.md': '---\ntitle: never closed\nBody\n' });
  assert.is(site.error, null);
  assert.ok(site.messages.some((m) => m.startsWith('open.md:1:1: Warning:') && m.includes('never closed')));
  assert.ok(site.exists('open.html'));
});

test('invalid UTF-8 is a warning naming the line, and the build goes on', async () => {
  const site = await buildSite({ '_config.yml': config, 'ok.md': '---\n---\nfine\n' });
  fs.writeFileSync(path.join(site.source, 'bad.md'), Buffer.concat([Buffer.from('---\n---\nline three\nline four \xff'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]));
  const logs: string[] = [];
  await build({ source: site.source, destination: site.destination }, new Logger('normal', (l) => logs.push(l)));
  assert.ok(logs.some((m) => /^bad\.md:4: Warning: The file is not valid UTF-8/.test(m)), logs.join('\n'));
});

test('a file starting with a byte order mark before --- is copied as a static file, as Jekyll does', async () => {
  const site = await buildSite({ '_config.yml': config, 'bom.md': '\uFEFF---\ntitle: x\n---\nBody\n' });
  assert.ok(site.exists('bom.md'));
  assert.not.ok(site.exists('bom.html'));
});

test('a binary file that starts with --- does not crash the build', async () => {
  const site = await buildSite({ '_config.yml': config });
  fs.writeFileSync(path.join(site.source, 'blob.bin'), Buffer.concat([Buffer.from('---\n'), Buffer.from([0, 1, 2, 255, 254, 0, 10]), Buffer.from('---\n'), Buffer.alloc(64, 7)]));
  await build({ source: site.source, destination: site.destination }, new Logger('quiet', () => {}));
  assert.ok(fs.existsSync(path.join(site.destination, 'blob.bin')));
});

test('duplicate keys in YAML: the last one wins, as in Jekyll', async () => {
  const site = await buildSite({ '_config.yml': config, 'p.html': '---\ntitle: one\ntitle: two\n---\n{{ page.title }}' });
  assert.is(site.read('p.html'), 'two');
});

test('an invalid _data file stops the build naming the file, line and column', async () => {
  const site = await buildSite({ '_config.yml': config, '_data/menu.yml': 'items:\n  - a\n  b: [\n', 'p.html': '---\n---\nx' });
  assert.match(errorText(site), /^_data\/menu\.yml:\d+:\d+: Error: Invalid YAML in a data file/);
});

test('an unknown tag stops the build at its line', async () => {
  const site = await buildSite({ '_config.yml': config, 'p.html': '---\n---\nok\n{% frobnicate %}\n' });
  assert.match(errorText(site), /^p\.html:4:\d+: Error: Liquid error: .*frobnicate/);
});

test('strict_filters makes an unknown filter an error; without it the value passes through', async () => {
  const lax = await buildSite({ '_config.yml': config, 'p.html': '---\n---\n{{ "x" | nosuch }}' });
  assert.is(lax.read('p.html'), 'x');
  const strict = await buildSite({ '_config.yml': `${config}liquid:\n  strict_filters: true\n`, 'p.html': '---\n---\n{{ "x" | nosuch }}' });
  assert.match(errorText(strict), /p\.html:3:\d+: Error: Liquid error: .*nosuch/);
});

test('strict_variables makes an undefined variable an error', async () => {
  const site = await buildSite({ '_config.yml': `${config}liquid:\n  strict_variables: true\n`, 'p.html': '---\n---\n{{ nothing_here }}' });
  assert.match(errorText(site), /p\.html:3:\d+: Error: Liquid error: .*nothing_here/);
});

test('an error inside an include inside a layout shows the chain include → layout → page', async () => {
  const site = await buildSite({
    '_config.yml': config,
    '_layouts/default.html': '<html>\n{% include nav.html %}\n{{ content }}</html>',
    '_includes/nav.html': 'nav\n{% include item.html %}',
    '_includes/item.html': 'item\n{{ "x" | truncate: }}\n{% if %}',
    'index.md': '---\nlayout: default\n---\nHi\n',
  });
  const text = errorText(site);
  assert.match(text, /^_includes\/item\.html:3:\d+: Error:/);
  assert.match(text, /from _includes\/nav\.html:2:1\n  from _layouts\/default\.html:2:1\n  from index\.md/);
});

test('an include that includes itself stops with "Nesting too deep" instead of hanging', async () => {
  const site = await buildSite({ '_config.yml': config, '_includes/loop.html': 'x{% include loop.html %}', 'p.html': '---\n---\n{% include loop.html %}' });
  assert.match(errorText(site), 'Nesting too deep');
});

test('a layout cycle is a warning; the page is built with the layouts up to the cycle', async () => {
  const site = await buildSite({
    '_config.yml': config,
    '_layouts/a.html': '---\nlayout: b\n---\nA[{{ content }}]',
    '_layouts/b.html': '---\nlayout: a\n---\nB[{{ content }}]',
    'p.html': '---\nlayout: a\n---\nP',
  });
  assert.is(site.error, null);
  assert.is(site.read('p.html'), 'B[A[P]]');
  assert.ok(site.messages.some((m) => m.includes('layout cycle')));
});

test('include and include_relative refuse paths that leave the site', async () => {
  for (const tag of ['include', 'include_relative']) {
    const site = await buildSite({ '_config.yml': config, 'p.html': `---\n---\n{% ${tag} ../../etc/passwd %}` });
    assert.match(errorText(site), 'invalid characters or sequences');
  }
});

test('--strict turns warnings into errors', async () => {
  const site = await buildSite({ '_config.yml': config, 'p.md': '---\nlayout: missing\n---\nx' });
  const logger = new Logger('quiet', () => {});
  logger.strict = true;
  let failure: unknown = null;
  try {
    await build({ source: site.source, destination: site.destination }, logger);
  } catch (error) {
    failure = error;
  }
  assert.instance(failure, SiteError);
  assert.is((failure as SiteError).location?.file, 'p.md');
  assert.is((failure as SiteError).location?.line, 2);
});

test('a permalink that climbs out of the destination is written inside it', async () => {
  const site = await buildSite({ '_config.yml': config, 'p.md': '---\npermalink: /../../../escaped.html\n---\nx' });
  assert.is(site.error, null);
  assert.ok(site.exists('escaped.html'));
  assert.not.ok(fs.existsSync(path.join(path.dirname(site.destination), 'escaped.html')));
});

test('symbolic links that point outside the source are not followed', async () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-outside-'));
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret');
  const site = await buildSite({ '_config.yml': config, 'inside.txt': 'inside' });
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(site.source, 'leak.txt'));
  fs.symlinkSync(outside, path.join(site.source, 'leakdir'));
  fs.symlinkSync(path.join(site.source, 'inside.txt'), path.join(site.source, 'alias.txt'));
  await build({ source: site.source, destination: site.destination }, new Logger('quiet', () => {}));
  assert.not.ok(fs.existsSync(path.join(site.destination, 'leak.txt')));
  assert.not.ok(fs.existsSync(path.join(site.destination, 'leakdir')));
  assert.is(fs.readFileSync(path.join(site.destination, 'alias.txt'), 'utf8'), 'inside');
});

test('the file-system root and the home folder are refused as destinations', async () => {
  const site = await buildSite({ '_config.yml': config });
  for (const destination of ['/', os.homedir()]) {
    let failure: unknown = null;
    try {
      await build({ source: site.source, destination }, new Logger('quiet', () => {}));
    } catch (error) {
      failure = error;
    }
    assert.instance(failure, SiteError);
    assert.match((failure as SiteError).message, 'Refusing to build into');
  }
});

test('file names with spaces, unicode, # and ? are written as named and linked percent-encoded', async () => {
  const site = await buildSite({
    '_config.yml': config,
    'a b.md': '---\n---\n{{ page.url }}',
    'café.md': '---\n---\n{{ page.url }}',
    'c#d.md': '---\n---\n{{ page.url }}',
    'why?.md': '---\n---\n{{ page.url }}',
  });
  assert.match(site.read('a b.html'), '/a%20b.html');
  assert.match(site.read('café.html'), '/caf%C3%A9.html');
  assert.match(site.read('c#d.html'), '/c%23d.html');
  assert.match(site.read('why?.html'), '/why%3F.html');
});

test('a destination that is a file, or a file in the way of a folder, gives a clear error', async () => {
  const site = await buildSite({ '_config.yml': config, 'p.html': '---\n---\nx' });
  const asFile = path.join(path.dirname(site.destination), 'plain-file');
  fs.writeFileSync(asFile, 'not a folder');
  let failure: unknown = null;
  try {
    await build({ source: site.source, destination: asFile }, new Logger('quiet', () => {}));
  } catch (error) {
    failure = error;
  }
  assert.instance(failure, SiteError);
  assert.match((failure as SiteError).message, 'is a file, not a folder');
});

test('a destination the system will not let us write gives a clear error, not a crash', async () => {
  if (!fs.existsSync('/sys/kernel')) {
    console.log('  (unwritable destination check skipped: no /sys on this system)');
    return;
  }
  const site = await buildSite({ '_config.yml': config, 'p.html': '---\n---\nx' });
  let failure: unknown = null;
  try {
    await build({ source: site.source, destination: '/sys/jtd-cannot-write-here' }, new Logger('quiet', () => {}));
  } catch (error) {
    failure = error;
  }
  assert.instance(failure, SiteError);
  assert.match((failure as SiteError).message, /^Could not write p\.html in \/sys\/jtd-cannot-write-here: /);
});

test('no temporary files are left in the destination after a build', async () => {
  const site = await buildSite({ '_config.yml': config, 'p.html': '---\n---\nx', 'q.txt': 'q' });
  const files = fs.readdirSync(site.destination, { recursive: true }).map(String);
  assert.not.ok(files.some((f) => f.includes('.jtd-')), files.join(', '));
});

test.run();
