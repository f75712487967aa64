import fs from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite, type BuiltSite } from './helpers/site.js';

/** Each of these builds must finish (or fail with a message) well within this bound; it guards against hangs. */
const BOUND_MS = 60_000;

async function bounded(files: Record<string, string>): Promise<BuiltSite> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the build did not finish within ${BOUND_MS} ms`)), BOUND_MS);
  });
  try {
    return await Promise.race([buildSite(files), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

test('a 5 MB Markdown page builds', async () => {
  const paragraph = 'Some *emphasis*, `code`, a [link](https://example.com) and "quotes" -- here.\n\n';
  const site = await bounded({ '_config.yml': 'timezone: UTC\n', 'big.md': `---\n---\n${paragraph.repeat(Math.ceil(5e6 / paragraph.length))}` });
  assert.is(site.error, null);
  assert.ok(site.read('big.html').length > 5e6);
});

test('10,000 files in one folder are all copied', async () => {
  const files: Record<string, string> = { '_config.yml': 'timezone: UTC\n' };
  for (let i = 0; i < 10000; i++) files[`flat/f${i}.txt`] = String(i);
  const site = await bounded(files);
  assert.is(site.error, null);
  assert.is(fs.readdirSync(`${site.destination}/flat`).length, 10000);
});

test('a list nested 1,000 levels deep renders without crashing', async () => {
  let nested = '';
  for (let i = 0; i < 1000; i++) nested += `${'  '.repeat(i)}- item ${i}\n`;
  const site = await bounded({ '_config.yml': 'timezone: UTC\n', 'list.md': `---\n---\n${nested}` });
  assert.is(site.error, null);
  assert.match(site.read('list.html'), 'item 0');
});

test('a 10 MB data file is read', async () => {
  let data = 'items:\n';
  while (data.length < 10e6) data += `  - { name: "item ${data.length}", value: ${data.length} }\n`;
  const site = await bounded({ '_config.yml': 'timezone: UTC\n', '_data/big.yml': data, 'p.html': '---\n---\n{{ site.data.big.items | size }}' });
  assert.is(site.error, null);
  assert.ok(Number(site.read('p.html')) > 100000);
});

test.run();
