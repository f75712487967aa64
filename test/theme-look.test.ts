import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite } from './helpers/site.js';
import { build } from '../lib/build/build.js';
import { Logger } from '../lib/log/logger.js';

// The theme's stylesheets and script, built through the engine; then their behaviour and
// accessibility in headless Chromium (skipped, with a message, when Chromium is missing).

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const JTD_DOCS_SOURCE = process.env.JTD_DOCS_SOURCE ?? path.resolve(PROJECT_ROOT, '../shared/theme/sites/jtd-docs/src');

const themeConfig = (extra = ''): string => `title: Look\ntimezone: UTC\ntheme: just-the-docs\n${extra}`;

test('stylesheets: light by default, a dark file, site setup variables, callouts from config, custom rules last', async () => {
  const site = await buildSite({
    '_config.yml': themeConfig('callouts:\n  note:\n    title: Note\n    color: purple\n  plain:\n    color: red\n'),
    '_sass/custom/setup.scss': '$link-color: #123456;\n',
    '_sass/custom/custom.scss': '.site-custom-rule { color: red; }\n',
    'index.md': '---\ntitle: Home\n---\nHello\n',
  });
  assert.is(site.error, null);
  // Each stylesheet ends with a comment naming its own source map.
  const withoutMapUrl = (css: string) => css.replace(/\n\n\/\*# sourceMappingURL=[^*]*\*\/$/, '');
  const light = withoutMapUrl(site.read('assets/css/just-the-docs-default.css'));
  assert.match(light, /body \{[^}]*background-color: #fff;/);
  assert.match(light, /a \{\s*color: #123456;/);
  assert.match(light, /p\.note,\s*blockquote\.note \{/);
  assert.match(light, /content: "Note";/);
  assert.match(light, /p\.plain,\s*blockquote\.plain \{/);
  assert.ok(light.trimEnd().endsWith('.site-custom-rule {\n  color: red;\n}'), 'custom.scss comes last');
  assert.is(withoutMapUrl(site.read('assets/css/just-the-docs-light.css')), light);
  assert.match(site.read('assets/css/just-the-docs-dark.css'), /body \{[^}]*background-color: #27262b;/);
  assert.match(site.read('assets/css/just-the-docs-head-nav.css'), /\.site-nav ul li a \{\s*background-image: linear-gradient/);
});

test('`color_scheme: dark` makes the default stylesheet dark; "nil" means light', async () => {
  const dark = await buildSite({ '_config.yml': themeConfig('color_scheme: dark\n'), 'index.md': '---\n---\nx\n' });
  assert.match(dark.read('assets/css/just-the-docs-default.css'), /:root \{\s*color-scheme: dark;/);
  const nil = await buildSite({ '_config.yml': themeConfig('color_scheme: nil\n'), 'index.md': '---\n---\nx\n' });
  assert.match(nil.read('assets/css/just-the-docs-default.css'), /:root \{\s*color-scheme: light;/);
});

test('script: search settings come from the config; the scheme toggle and copy buttons follow their options', async () => {
  const plain = await buildSite({
    '_config.yml': themeConfig('search:\n  previews: 2\n'),
    'index.md': '---\n---\nx\n',
  });
  const script = plain.read('assets/js/just-the-docs.js');
  assert.match(script, /previews: 2,/);
  assert.not.match(script, /color-scheme-toggle/);
  assert.match(script, /addCopyButtons\(\);/);

  const options = await buildSite({
    '_config.yml': themeConfig('color_scheme_toggle: true\nenable_copy_code_button: false\nsearch_enabled: false\n'),
    'index.md': '---\n---\nx\n',
  });
  const optioned = options.read('assets/js/just-the-docs.js');
  assert.match(optioned, /color-scheme-toggle/);
  assert.not.match(optioned, /addCopyButtons/);
  assert.not.match(optioned, /searchConfig/);
});

// A page with the skeleton of SPEC §2, so that the behaviours are tested on this theme's
// stylesheets and script alone.
const SKELETON = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<link rel="stylesheet" href="{{ '/assets/css/just-the-docs-default.css' | relative_url }}">
<script src="{{ '/assets/js/just-the-docs.js' | relative_url }}"></script>
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ page.title }}</title></head>
<body>
<svg xmlns="http://www.w3.org/2000/svg" class="d-none"><symbol id="svg-copy" viewBox="0 0 16 16"><title>Copy</title><rect width="16" height="16"/></symbol><symbol id="svg-copied" viewBox="0 0 16 16"><title>Copied</title><circle cx="8" cy="8" r="8"/></symbol></svg>
<header class="side-bar"><div class="site-header"><a href="/" class="site-title lh-tight">Look</a>
<button id="menu-button" class="site-button btn-reset" aria-label="Menu" aria-expanded="false">menu</button></div>
<nav id="site-nav" class="site-nav" aria-label="Main"><ul class="nav-list">
<li class="nav-list-item"><a href="/" class="nav-list-link">Home</a></li>
<li class="nav-list-item"><button class="nav-list-expander btn-reset" aria-label="Guide submenu" aria-expanded="false">v</button><a href="/guide/" class="nav-list-link">Guide</a>
<ul class="nav-list"><li class="nav-list-item"><a href="/guide/step/" class="nav-list-link">Step</a></li></ul></li>
</ul></nav></header>
<div class="main" id="top"><div id="main-header" class="main-header"><div></div></div>
<div class="main-content-wrap"><div id="main-content" class="main-content"><main>{{ content }}</main></div></div></div>
</body></html>`;

interface Served {
  url: string;
  close(): void;
}

function serve(root: string): Promise<Served> {
  const types: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json' };
  const server = http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(root) || !fs.existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }),
    ),
  );
}

async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

if (!fs.existsSync(CHROMIUM)) {
  console.log(`SKIPPED: the theme look tests in a browser need Chromium at ${CHROMIUM} (apt-get install -y chromium).`);
} else {
  test('in Chromium: menu button, nav expander, current link, copy button, scheme toggle following the system and remembered', async () => {
    const site = await buildSite({
      '_config.yml': themeConfig('search_enabled: false\ncolor_scheme_toggle: true\n'),
      '_layouts/default.html': SKELETON,
      'index.md': '---\ntitle: Home\nlayout: default\n---\n```js\nlet copied = true;\n```\n',
      'guide/step.md': '---\ntitle: Step\nlayout: default\npermalink: /guide/step/\n---\nStep\n',
    });
    assert.is(site.error, null);
    const served = await serve(site.destination);
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 844 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await context.newPage();
      await page.goto(`${served.url}/guide/step/`);

      const current = page.locator('#site-nav a', { hasText: 'Step' });
      assert.is(await current.getAttribute('class'), 'nav-list-link active');
      assert.is(await current.getAttribute('href'), null, 'the current link is not clickable');
      assert.ok(await page.locator('#site-nav li', { hasText: 'Guide' }).first().evaluate((li) => li.classList.contains('active')));

      assert.not.ok(await page.locator('#site-nav').isVisible(), 'the nav is folded away on phones');
      await page.click('#menu-button');
      assert.ok(await page.locator('#site-nav').isVisible());
      assert.is(await page.getAttribute('#menu-button', 'aria-expanded'), 'true');

      const expander = page.locator('.nav-list-expander');
      await expander.click();
      assert.is(await expander.getAttribute('aria-expanded'), 'false', 'the open Guide item folds');
      assert.not.ok(await current.isVisible());

      const theme = () => page.evaluate(() => (window as unknown as { jtd: { getTheme(): string } }).jtd.getTheme());
      assert.is(await theme(), 'dark', 'the system preference is followed');
      await page.click('.color-scheme-toggle');
      assert.is(await theme(), 'default');
      await page.reload();
      assert.is(await theme(), 'default', 'the choice is remembered over the system preference');

      await page.goto(`${served.url}/`);
      await page.hover('div.highlighter-rouge');
      await page.click('div.highlighter-rouge > button[aria-label="Copy code to clipboard"]');
      assert.is((await page.evaluate(() => navigator.clipboard.readText())).trim(), 'let copied = true;');
      assert.is(await page.getAttribute('div.highlighter-rouge > button use', 'xlink:href'), '#svg-copied');
    } finally {
      await browser.close();
      served.close();
    }
  });

  if (!fs.existsSync(JTD_DOCS_SOURCE)) {
    console.log(`SKIPPED: the accessibility check builds the just-the-docs documentation site, not found at ${JTD_DOCS_SOURCE}.`);
  } else {
    test('axe-core finds no serious or critical problem on the just-the-docs documentation pages (all light, some dark)', async () => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-axe-'));
      const source = path.join(root, 'src');
      fs.cpSync(JTD_DOCS_SOURCE, source, { recursive: true });
      const problems: string[] = [];
      const browser = await launchChromium();
      try {
        for (const scheme of ['nil', 'dark']) {
          const config = path.join(source, '_config.yml');
          fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace(/^color_scheme: .*$/m, `color_scheme: ${scheme}`));
          const destination = path.join(root, `out-${scheme}`);
          await build({ source, destination, environment: 'development' }, new Logger('quiet', () => {}));
          const pages = htmlFiles(destination).filter((file) => scheme === 'nil' || DARK_SAMPLE.includes(file));
          const served = await serve(destination);
          try {
            for (const problem of await axeProblems(browser, served.url, pages)) problems.push(`${scheme} ${problem}`);
          } finally {
            served.close();
          }
        }
      } finally {
        await browser.close();
      }
      assert.equal(problems, []);
    });
  }
}

// Pages with the most kinds of components, checked again in the dark scheme.
const DARK_SAMPLE = [
  'index.html',
  'docs/navigation/index.html',
  'docs/ui-components/code/index.html',
  'docs/ui-components/callouts/index.html',
  'docs/ui-components/tables/index.html',
  'docs/ui-components/labels/index.html',
  'docs/ui-components/buttons/index.html',
  'docs/ui-components/typography/index.html',
];

type Browser = Awaited<ReturnType<typeof launchChromium>>;

/** Runs axe-core on each page, two pages at a time; returns the serious and critical findings. */
async function axeProblems(browser: Browser, baseUrl: string, pages: string[]): Promise<string[]> {
  const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const queue = [...pages];
  const problems: string[] = [];
  const worker = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      await page.goto(`${baseUrl}/${file}`);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
        const axe = (window as unknown as { axe: { run(options: object): Promise<Result> } }).axe;
        const result = await axe.run({ resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, target: v.nodes[0]?.target.join(' ') }));
      });
      for (const v of violations) {
        if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${file}: ${v.impact} ${v.id} at ${v.target}`);
      }
    }
    await context.close();
  };
  await Promise.all([worker(), worker()]);
  return problems;
}

function htmlFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) return htmlFiles(path.join(dir, entry.name), relative);
    return entry.name.endsWith('.html') ? [relative] : [];
  });
}

test.run();
