import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Logger } from '../lib/log/logger.js';
import { serveSite, type RunningSite } from '../lib/serve/serve-site.js';
import { snapshot } from './helpers/snapshot.js';

interface Fixture {
  source: string;
  destination: string;
  running: RunningSite;
  events: string[];
  stopEvents(): void;
}

async function startFixture(files: Record<string, string>, baseurl?: string, printProfile?: (table: string) => void): Promise<Fixture> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-serve-'));
  const source = path.join(root, 'src');
  const destination = path.join(root, '_site');
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
    fs.writeFileSync(path.join(source, file), text);
  }
  const running = await serveSite({ source, destination, baseurl }, { host: '127.0.0.1', port: 0, liveReload: true, watch: true, printProfile }, new Logger('quiet', () => {}));
  const events: string[] = [];
  const controller = new AbortController();
  const response = await fetch(new URL('/__jtd/events', running.server.url), { signal: controller.signal });
  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        for (const line of decoder.decode(chunk).split('\n')) if (line.startsWith('event: ')) events.push(line.slice(7));
      }
    } catch {
      // the stream ends when the test stops it
    }
  })();
  return { source, destination, running, events, stopEvents: () => controller.abort() };
}

async function waitFor(check: () => boolean, what: string, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const SITE = {
  '_config.yml': 'title: Served\ntimezone: UTC\n',
  '_layouts/default.html': '<html><body>{{ content }}</body></html>',
  'index.md': '---\nlayout: default\n---\nFirst version\n',
  'about.md': '---\nlayout: default\n---\nAbout\n',
  '404.html': '---\n---\n<html><body>Missing page</body></html>',
  'style.css': 'body { color: red; }\n',
};

test('serves the site under baseurl: folders, /name for name.html, 404.html, content types, no caching', async () => {
  const f = await startFixture(SITE, '/docs');
  try {
    const home = await fetch(f.running.server.url);
    assert.is(home.status, 200);
    assert.match(home.headers.get('content-type') ?? '', 'text/html');
    assert.match(home.headers.get('cache-control') ?? '', 'no-cache');
    assert.match(await home.text(), 'First version');
    assert.match(await (await fetch(new URL('about', f.running.server.url))).text(), 'About');
    const css = await fetch(new URL('style.css', f.running.server.url));
    assert.match(css.headers.get('content-type') ?? '', 'text/css');
    const missing = await fetch(new URL('nope.html', f.running.server.url));
    assert.is(missing.status, 404);
    assert.match(await missing.text(), 'Missing page');
  } finally {
    f.stopEvents();
    await f.running.close();
  }
});

test('the live-reload script is added to served HTML only, never to the files written', async () => {
  const f = await startFixture(SITE);
  try {
    assert.match(await (await fetch(f.running.server.url)).text(), /<head>\s*<script src="\/__jtd\/live-reload\.js" data-jtd-generation="\d+" async><\/script>|<script src="\/__jtd\/live-reload\.js" data-jtd-generation="\d+" async><\/script><\/body>/);
    assert.not.match(fs.readFileSync(path.join(f.destination, 'index.html'), 'utf8'), 'live-reload');
  } finally {
    f.stopEvents();
    await f.running.close();
  }
});

test('an edit rebuilds and tells the browser to reload; a CSS-only change swaps stylesheets', async () => {
  const f = await startFixture(SITE);
  try {
    await waitFor(() => f.events.includes('hello'), 'the event stream');
    fs.writeFileSync(path.join(f.source, 'index.md'), '---\nlayout: default\n---\nSecond version\n');
    await waitFor(() => f.events.includes('reload'), 'a reload event');
    assert.match(await (await fetch(f.running.server.url)).text(), 'Second version');
    fs.writeFileSync(path.join(f.source, 'style.css'), 'body { color: blue; }\n');
    await waitFor(() => f.events.includes('css'), 'a css event');
  } finally {
    f.stopEvents();
    await f.running.close();
  }
});

test('--profile prints the table of stages and templates after the first build and after each rebuild', async () => {
  const tables: string[] = [];
  const f = await startFixture(SITE, undefined, (table) => tables.push(table));
  try {
    assert.is(tables.length, 1);
    assert.match(tables[0]!, '| render and write pages |');
    assert.match(tables[0]!, /\| _layouts\/default\.html \| 2 \|/);
    await waitFor(() => f.events.includes('hello'), 'the event stream');
    fs.writeFileSync(path.join(f.source, 'index.md'), '---\nlayout: default\n---\nSecond version\n');
    await waitFor(() => tables.length === 2, 'the rebuild\'s table');
    assert.match(tables[1]!, '| render pages |');
    assert.match(tables[1]!, /\| index\.md \| 1 \|/);
    assert.not.match(tables[1]!, 'about.md', 'only what the rebuild rendered');
  } finally {
    f.stopEvents();
    await f.running.close();
  }
});

test('a page served before a rebuild it could not hear of learns of it when it connects (it then reloads)', async () => {
  const f = await startFixture(SITE);
  try {
    const generationOf = (html: string) => /data-jtd-generation="(\d+)"/.exec(html)?.[1];
    const before = generationOf(await (await fetch(f.running.server.url)).text());
    await waitFor(() => f.events.includes('hello'), 'the event stream');
    fs.writeFileSync(path.join(f.source, 'index.md'), '---\nlayout: default\n---\nThird version\n');
    await waitFor(() => f.events.includes('reload'), 'a reload event');
    const hello = await (await fetch(new URL('/__jtd/events', f.running.server.url), { signal: AbortSignal.timeout(1000) })).body!.getReader().read();
    const state = JSON.parse(/data: (.*)/.exec(new TextDecoder().decode(hello.value))![1]!) as { generation: number };
    assert.is.not(String(state.generation), before, 'the stream says a newer rebuild than the page was served from');
    assert.is(generationOf(await (await fetch(f.running.server.url)).text()), String(state.generation), 'a page served now is of that rebuild');
  } finally {
    f.stopEvents();
    await f.running.close();
  }
});

test('a broken page keeps the server up, the last good output served, and the error sent; fixing it clears it', async () => {
  const f = await startFixture(SITE);
  try {
    await waitFor(() => f.events.includes('hello'), 'the event stream');
    fs.writeFileSync(path.join(f.source, 'index.md'), '---\nlayout: default\n---\n{% include missing.html %}\n');
    await waitFor(() => f.events.includes('build-error'), 'a build-error event');
    assert.match(await (await fetch(f.running.server.url)).text(), 'First version');
    fs.writeFileSync(path.join(f.source, 'index.md'), '---\nlayout: default\n---\nRepaired\n');
    await waitFor(() => f.events.includes('fixed'), `a fixed event (got ${f.events.join(',')})`);
    assert.match(await (await fetch(f.running.server.url)).text(), 'Repaired');
  } finally {
    f.stopEvents();
    await f.running.close();
  }
});

test('a _config.yml change reloads the configuration without a restart', async () => {
  const f = await startFixture({ ...SITE, 'index.md': '---\nlayout: default\n---\n{{ site.title }}\n' });
  try {
    await waitFor(() => f.events.includes('hello'), 'the event stream');
    fs.writeFileSync(path.join(f.source, '_config.yml'), 'title: Renamed\ntimezone: UTC\n');
    await waitFor(() => f.events.includes('reload'), 'a reload event');
    assert.match(await (await fetch(f.running.server.url)).text(), 'Renamed');
  } finally {
    f.stopEvents();
    await f.running.close();
  }
});

async function settledEqualsFullBuild(f: Fixture): Promise<void> {
  await new Promise((r) => setTimeout(r, 300));
  await f.running.idle();
  const { build } = await import('../lib/build/build.js');
  const fresh = path.join(path.dirname(f.destination), 'fresh');
  await build({ source: f.source, destination: fresh }, new Logger('quiet', () => {}));
  assert.equal(snapshot(f.destination), snapshot(fresh));
}

test('editor saves through a temporary file, a burst of 100 changed files and a renamed folder all end up right', async () => {
  const pages: Record<string, string> = {};
  for (let i = 0; i < 100; i++) pages[`notes/n${i}.md`] = `---\nlayout: default\ntitle: N${i}\n---\nNote ${i}\n`;
  const f = await startFixture({ ...SITE, ...pages, 'list.html': '---\n---\n{% for p in site.pages %}{{ p.url }} {% endfor %}' });
  try {
    await waitFor(() => f.events.includes('hello'), 'the event stream');
    const temp = path.join(f.source, '.index.md.swp');
    fs.writeFileSync(temp, '---\nlayout: default\n---\nSaved atomically\n');
    fs.renameSync(temp, path.join(f.source, 'index.md'));
    await settledEqualsFullBuild(f);
    for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(f.source, `notes/n${i}.md`), `---\nlayout: default\ntitle: M${i}\n---\nChanged ${i}\n`);
    await settledEqualsFullBuild(f);
    fs.renameSync(path.join(f.source, 'notes'), path.join(f.source, 'moved'));
    await settledEqualsFullBuild(f);
    assert.ok(fs.existsSync(path.join(f.destination, 'moved/n5.html')));
    assert.not.ok(fs.existsSync(path.join(f.destination, 'notes/n5.html')));
  } finally {
    f.stopEvents();
    await f.running.close();
  }
});

test.run();
