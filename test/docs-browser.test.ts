import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Logger } from '../lib/log/logger.js';
import { serveSite } from '../lib/serve/serve-site.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = path.resolve('.');
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 375, height: 740 },
];

/** The docs site's pages, as served paths. */
function docsPages(destination: string): string[] {
  return fs
    .readdirSync(destination, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('assets'))
    .map((file) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** As in the docs check: the search files need the theme named in the configuration. */
function configFiles(): string[] {
  const config = path.join(ROOT, '_config.yml');
  if (/^(remote_)?theme:/m.test(fs.readFileSync(config, 'utf8'))) return [config];
  const extra = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-docs-config-')), 'theme.yml');
  fs.writeFileSync(extra, 'theme: just-the-docs\n');
  return [config, extra];
}

if (!fs.existsSync(CHROMIUM)) {
  console.log(`SKIPPED: the docs screenshot test needs Chromium at ${CHROMIUM} (apt-get install -y chromium).`);
} else {
  test('every docs page, at desktop and mobile widths: no horizontal overflow, no console errors, no search index downloaded; search answers', async () => {
    const { chromium } = await import('playwright-core');
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-docs-browser-'));
    const shots = process.env.JTD_SCREENSHOTS ?? path.join(work, 'screenshots');
    fs.mkdirSync(shots, { recursive: true });
    const destination = path.join(work, '_site');
    const running = await serveSite(
      { source: ROOT, destination, configFiles: configFiles(), disableDiskCache: true },
      { host: '127.0.0.1', port: 0, liveReload: false, watch: false },
      new Logger('quiet', (line) => console.log(line)),
    );
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const problems: string[] = [];
    try {
      assert.ok(fs.existsSync(path.join(destination, 'index.html')), 'the docs site builds (see the error above)');
      for (const viewport of VIEWPORTS) {
        const page = await browser.newPage({ viewport: { width: viewport.width, height: viewport.height } });
        let current = '';
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`${viewport.name} ${current}: console error: ${message.text()} ${message.location().url}`);
        });
        page.on('pageerror', (error) => problems.push(`${viewport.name} ${current}: ${error.message}`));
        page.on('request', (request) => {
          if (request.url().includes('search-index.js')) problems.push(`${viewport.name} ${current}: the search index was downloaded without the search box being used`);
        });
        for (const pathname of docsPages(destination)) {
          current = pathname;
          await page.goto(new URL(pathname.slice(1), running.server.url).href, { waitUntil: 'load' });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) problems.push(`${viewport.name} ${pathname}: the page is ${overflow}px wider than the window`);
          const name = `${viewport.name}${pathname.replace(/[/.]+/g, '-').replace(/-$/, '') || '-home'}.png`;
          await page.screenshot({ path: path.join(shots, name), fullPage: viewport.name === 'desktop' });
        }
        await page.close();
      }
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const indexRequests: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('search-index.js')) indexRequests.push(request.url());
      });
      await page.goto(running.server.url);
      await page.fill('#search-input', 'baseurl');
      await page.waitForSelector('#search-results .search-result', { timeout: 30000 });
      const results = await page.$$eval('#search-results .search-result', (items) => items.length);
      assert.ok(results > 0, 'search finds pages');
      assert.is(indexRequests.length, 1, 'the search index is downloaded once, when the search box is used');
      await page.screenshot({ path: path.join(shots, 'desktop-search.png') });
      console.log(`Screenshots of the docs pages: ${shots}`);
    } finally {
      await browser.close();
      await running.close();
    }
    assert.equal(problems, []);
  });
}

test.run();
