import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BuildSession } from '../lib/build/session.js';
import { Logger } from '../lib/log/logger.js';
import { buildSite } from './helpers/site.js';

const CONFIG = { '_config.yml': 'timezone: UTC\ntitle: Reuse\n' };

function pages(count: number, front = (i: number) => `title: P${i}`): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= count; i++) files[`p${i}.html`] = `---\n${front(i)}\n---\n{% include probe.html %}`;
  return files;
}

test('an include that reads only site values prints the same on every page', async () => {
  const site = await buildSite({ ...CONFIG, ...pages(3), '_includes/probe.html': '[{{ site.title }}]' });
  for (const i of [1, 2, 3]) assert.is(site.read(`p${i}.html`), '[Reuse]');
});

test('an include that reads the page prints each page\u2019s own values, also when only one branch reads it', async () => {
  const site = await buildSite({
    ...CONFIG,
    ...pages(4, (i) => `title: P${i}\nflag: ${i % 2 === 0}`),
    '_includes/probe.html': '{% if site.title %}{% if page.flag %}<{{ page.title }}>{% else %}-{% endif %}{% endif %}',
  });
  assert.equal([1, 2, 3, 4].map((i) => site.read(`p${i}.html`)), ['-', '<P2>', '-', '<P4>']);
});

test('parameters are part of what is reused: different values, different outputs', async () => {
  const site = await buildSite({
    ...CONFIG,
    'a.html': '---\nn: 1\n---\n{% include probe.html x="a" %}{% include probe.html x=page.n %}',
    'b.html': '---\nn: 2\n---\n{% include probe.html x="b" %}{% include probe.html x=page.n %}',
    '_includes/probe.html': '({{ include.x }})',
  });
  assert.is(site.read('a.html'), '(a)(1)');
  assert.is(site.read('b.html'), '(b)(2)');
});

test('an include without parameters is not taken for the same include with an empty parameter list', async () => {
  const site = await buildSite({
    ...CONFIG,
    'a.html': '---\npartial: probe.html\n---\n{% include {{ page.partial }} %}/{% include probe.html %}',
    '_includes/probe.html': '{{ include.size | default: 16 }}',
  });
  assert.is(site.read('a.html'), '0/16');
});

test('variables an include assigns reach the caller on every page, reused or not', async () => {
  const site = await buildSite({
    ...CONFIG,
    ...Object.fromEntries([1, 2, 3].map((i) => [`p${i}.html`, '---\n---\n{% include probe.html %}{{ probe_value }}|{{ probe_text }}'])),
    '_includes/probe.html': '{% assign probe_value = site.title | upcase %}{% capture probe_text %}t{% endcapture %}',
  });
  for (const i of [1, 2, 3]) assert.is(site.read(`p${i}.html`), 'REUSE|t');
});

test('an include that reads a variable the caller assigned follows the caller', async () => {
  const site = await buildSite({
    ...CONFIG,
    'a.html': '---\n---\n{% assign who = "a" %}{% include probe.html %}',
    'b.html': '---\n---\n{% assign who = "b" %}{% include probe.html %}',
    'c.html': '---\n---\n{% include probe.html %}',
    '_includes/probe.html': '<{{ who }}>',
  });
  assert.equal(['a', 'b', 'c'].map((p) => site.read(`${p}.html`)), ['<a>', '<b>', '<>']);
});

test('an include that reads other pages\u2019 content sees it as rendered so far, page by page', async () => {
  const site = await buildSite({
    ...CONFIG,
    'a.md': '---\n---\n*a*\n',
    'b.html': '---\n---\n{% include probe.html %}',
    'c.md': '---\n---\n*c*\n',
    'd.html': '---\n---\n{% include probe.html %}',
    '_includes/probe.html': '{% for p in site.pages %}{% if p.name contains ".md" %}[{{ p.content | strip }}]{% endif %}{% endfor %}',
  });
  assert.is(site.read('b.html'), '[<p><em>a</em></p>][*c*]');
  assert.is(site.read('d.html'), '[<p><em>a</em></p>][<p><em>c</em></p>]');
});

test('cycle, counters and random filters are never reused', async () => {
  const site = await buildSite({
    ...CONFIG,
    ...pages(2),
    '_includes/probe.html': '{% increment n %}{% increment n %}',
  });
  assert.is(site.read('p1.html'), '01');
  assert.is(site.read('p2.html'), '01');
});

test('a rebuild after a data file changes shows the new value in every page of a reused include', async () => {
  const source = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-reuse-'));
  const files: Record<string, string> = { ...CONFIG, ...pages(3), '_includes/probe.html': '{{ site.data.menu.label }}', '_data/menu.yml': 'label: one\n' };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
    fs.writeFileSync(path.join(source, file), text);
  }
  const destination = path.join(source, '_site');
  const session = new BuildSession({ source, destination }, new Logger('quiet', () => {}));
  await session.build();
  assert.is(fs.readFileSync(path.join(destination, 'p2.html'), 'utf8'), 'one');
  fs.writeFileSync(path.join(source, '_data/menu.yml'), 'label: two\n');
  await session.update([path.join(source, '_data/menu.yml')]);
  for (const i of [1, 2, 3]) assert.is(fs.readFileSync(path.join(destination, `p${i}.html`), 'utf8'), 'two');
});

test.run();
