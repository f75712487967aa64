import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const JTD_DOCS = path.resolve(process.env.JTD_DOCS_SITE ?? '../shared/theme/sites/jtd-docs/src');

/** Queries chosen from the jtd-docs content, and the URL of the first result each must give. */
const QUERIES: [string, string][] = [
  ['nav_order', '/docs/navigation/main/order/#example-using-nav_order'],
  ['callout', '/docs/ui-components/callouts/'],
  ['color scheme', '/docs/customization/#color-schemes'],
  ['mermaid', '/docs/configuration/#mermaid-diagrams'],
  ['copy button', '/docs/ui-components/code/#copy-button'],
  ['focus_shortcut_key', '/docs/configuration/#search'],
  ['labels', '/docs/ui-components/labels/'],
  ['tables', '/docs/ui-components/tables/'],
  ['aux_links', '/docs/configuration/#aux-links'],
  ['google analytics', '/docs/configuration/#google-analytics'],
  ['breadcrumbs', '/docs/navigation/parents/'],
  ['typography', '/docs/ui-components/typography/'],
];

/** Types a query as a user does (keyup events) and waits until results for it are shown. */
async function typeQuery(page: import('playwright-core').Page, query: string, shown = '.search-result'): Promise<void> {
  await page.fill('#search-input', '');
  await page.type('#search-input', query);
  await page.waitForFunction(
    ([q, selector]) => (document.getElementById('search-input') as HTMLInputElement).value === q && document.querySelector(`#search-results ${selector}`),
    [query, shown],
  );
}

function serve(root: string): Promise<http.Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
  const server = http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(root) || !fs.existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function copyOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = fs.readFileSync(full, 'latin1');
  }
  return files;
}

if (!fs.existsSync(CHROMIUM) || !fs.existsSync(JTD_DOCS)) {
  console.log(`SKIPPED: the search browser test needs Chromium at ${CHROMIUM} and the jtd-docs site at ${JTD_DOCS}.`);
} else {
  test('jtd-docs: the index loads when the search box is first hovered, not with the page; typed queries give the expected first result; ↓ ↓ Enter opens the second result', async () => {
    const files = copyOf(JTD_DOCS);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-search-'));
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text, 'latin1');
    }
    const out = path.join(root, '_site');
    // Built by the command users run (bin/jtd.js, the bundled code), so the search code it ships is what is tested here.
    const built = spawnSync(process.execPath, [path.resolve('bin/jtd.js'), 'build', '-q', '-s', root, '-d', out], { encoding: 'utf8' });
    assert.is(built.status, 0, built.stderr);
    const server = await serve(out);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await page.goto(`${base}/`, { waitUntil: 'load' });
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))));
      assert.not.ok(requested.includes('/assets/js/search-index.js'), 'a page view downloads no search index');
      await page.hover('#search-input');
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('search-index.js')));
      await page.click('#search-input');
      for (const [query, url] of QUERIES) {
        await typeQuery(page, query);
        const first = await page.$eval('#search-results .search-result', (a) => a.getAttribute('href'));
        assert.is(first, url, query);
      }
      assert.ok(requested.includes('/assets/js/search-index.js'));
      assert.not.ok(requested.includes('/assets/js/search-data.json'), 'the browser never downloads the raw data');

      const fresh = await browser.newPage();
      await fresh.goto(`${base}/`, { waitUntil: 'load' });
      await fresh.focus('#search-input');
      await fresh.keyboard.type('mermaid');
      await fresh.waitForSelector('#search-results .search-result');
      assert.is(await fresh.$eval('#search-results .search-result', (a) => a.getAttribute('href')), '/docs/configuration/#mermaid-diagrams', 'typed at once after focus: the index loads and answers');
      await fresh.close();

      await typeQuery(page, 'xyzzyplugh', '.search-no-result');
      await page.waitForSelector('#search-results .search-no-result');
      assert.is(await page.textContent('#search-results .search-no-result'), 'No results found');

      await typeQuery(page, 'callout');
      await page.waitForSelector('#search-results .search-result-highlight');
      const second = await page.$$eval('#search-results .search-result', (links) => links[1].getAttribute('href'));
      await page.press('#search-input', 'ArrowDown');
      await page.press('#search-input', 'ArrowDown');
      await Promise.all([page.waitForURL(`${base}${second}`), page.press('#search-input', 'Enter')]);
      assert.is(new URL(page.url()).pathname + new URL(page.url()).hash, second);
    } finally {
      await browser.close();
      server.close();
    }
  });
}

/** A small site under a baseurl: searched over HTTP (served under the baseurl) and from file://. */
const SMALL_SITE = {
  '_config.yml': 'title: Small\ntheme: just-the-docs\ntimezone: UTC\n',
  'index.md': '---\ntitle: Home\nlayout: default\n---\n# Home\n\nWelcome.\n',
  'guide/setup.md': '---\ntitle: Setup\nlayout: default\n---\nInstalling the platypus.\n\n## Configuring\n\nThe platypus configuration file.\n',
};

async function searchFirstResult(page: import('playwright-core').Page, query: string): Promise<string> {
  await page.click('#search-input');
  await typeQuery(page, query);
  await Promise.all([page.waitForURL((url) => url.href.includes('setup')), page.press('#search-input', 'Enter')]);
  return page.url();
}

/** Builds SMALL_SITE with the given baseurl into a temporary folder; returns the output folder. */
async function buildSmallSite(baseurl: (out: string) => string): Promise<string> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-search-small-'));
  const out = path.join(root, 'out');
  for (const [file, text] of Object.entries(SMALL_SITE)) {
    fs.mkdirSync(path.dirname(path.join(root, 'src', file)), { recursive: true });
    fs.writeFileSync(path.join(root, 'src', file), text);
  }
  fs.appendFileSync(path.join(root, 'src', '_config.yml'), `baseurl: ${JSON.stringify(baseurl(out))}\n`);
  const { build } = await import('../lib/build/build.js');
  const { Logger } = await import('../lib/log/logger.js');
  await build({ source: path.join(root, 'src'), destination: out, environment: 'development' }, new Logger('quiet', () => {}));
  return out;
}

if (fs.existsSync(CHROMIUM)) {
  test('under a baseurl, and from file:// (baseurl = the output folder): results are found and open the page they name', async () => {
    const served = await buildSmallSite(() => '/base');
    const server = http.createServer((req, res) => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = path.join(served, pathname.replace(/^\/base(\/|$)/, '/'));
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!pathname.startsWith('/base') || !fs.existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html' }).end(fs.readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const local = await buildSmallSite((out) => out);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/base/`);
      assert.is(new URL(await searchFirstResult(page, 'platypus configur')).pathname, '/base/guide/setup.html');
      await page.goto(`file://${local}/index.html`);
      assert.is(await searchFirstResult(page, 'platypus configur'), `file://${local}/guide/setup.html#configuring`);
    } finally {
      await browser.close();
      server.close();
    }
  });
}

test.run();
