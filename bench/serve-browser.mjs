// Save → new text painted in an open page served by `jtd serve` (watcher, rebuild, live reload, reload), in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { median } from './measure.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function measureBrowserReload(source, destination, pagePath, edits) {
  if (!fs.existsSync(CHROMIUM)) return null;
  const { chromium } = await import('playwright-core');
  const { serveSite } = await import('../dist/lib/serve/serve-site.js');
  const { Logger } = await import('../dist/lib/log/logger.js');
  const running = await serveSite({ source, destination }, { host: '127.0.0.1', port: 0, liveReload: true, watch: true }, new Logger('quiet', () => {}));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    const file = path.join(source, pagePath);
    const built = running.session.state?.site.pages.find((p) => p.sourcePath === pagePath);
    if (!built) throw new Error(`${pagePath} is not a page of the benchmark site`);
    const url = new URL(built.url.replace(/^\//, ''), running.server.url);
    await page.goto(url.toString());
    const times = [];
    for (let i = 0; i < edits; i++) {
      await page.waitForTimeout(100);
      const marker = `Benchmark edit ${i}.`;
      const started = performance.now();
      fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8')}\n${marker}\n`);
      await page.waitForFunction((m) => document.body?.textContent?.includes(m), marker, { timeout: 30000 });
      times.push(performance.now() - started);
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { p50: median(times), p95: sorted[Math.floor(sorted.length * 0.95)] };
  } finally {
    await browser.close();
    await running.close();
  }
}
