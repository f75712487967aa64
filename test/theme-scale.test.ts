import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { prepareRenderContext } from '../lib/build/render-context-factory.js';
import { renderSite } from '../lib/build/render-site.js';
import { resolveTheme } from '../lib/build/site-setup.js';
import { loadConfig } from '../lib/config/load.js';
import { Logger } from '../lib/log/logger.js';
import { readSite } from '../lib/read/read-site.js';
import { THEME_CONFIG } from './helpers/theme-site.js';

/** 10 sections of 9 chapters of 10 pages, plus the section and chapter pages: 1,000 pages. */
function writeLargeSite(source: string): void {
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
    fs.writeFileSync(path.join(source, file), text);
  };
  write('_config.yml', THEME_CONFIG);
  for (let s = 0; s < 10; s++) {
    write(`s${s}/index.md`, `---\ntitle: Section ${s}\nnav_order: ${s}\n---\nSection.\n`);
    for (let c = 0; c < 9; c++) {
      write(`s${s}/c${c}/index.md`, `---\ntitle: Chapter ${s}.${c}\nparent: Section ${s}\n---\nChapter.\n`);
      for (let p = 0; p < 10; p++) {
        const front = `title: Page ${s}.${c}.${p}\nparent: Chapter ${s}.${c}\ngrand_parent: Section ${s}`;
        write(`s${s}/c${c}/p${p}.md`, `---\n${front}\n---\nPage.\n`);
      }
    }
  }
}

test('a 1,000-page site computes the navigation once and marks each page in its own sidebar', async () => {
  const source = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-scale-'));
  writeLargeSite(source);
  const logger = new Logger('quiet', () => {});
  const config = loadConfig({ source, destination: path.join(source, '_site'), environment: 'development' });
  const site = readSite(config, logger, resolveTheme(config));
  assert.is(site.pages.filter((p) => p.url.endsWith('.html') || p.url.endsWith('/')).length >= 1000, true);
  const ctx = await prepareRenderContext(site, logger, resolveTheme(config));
  renderSite(ctx);
  assert.is(ctx.theme.stats.navComputations, 1);
  const page = site.pages.find((p) => p.url === '/s3/c4/p5.html')!;
  assert.ok(page.output!.includes('<a href="/s3/c4/p5.html" class="nav-list-link active" aria-current="page">Page 3.4.5</a>'));
  assert.is(page.output!.match(/nav-list-item active/g)?.length, 3);
  assert.ok(page.output!.includes('<a href="/s3/">Section 3</a>'));
});

test.run();
