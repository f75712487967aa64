import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BuildSession } from '../lib/build/session.js';
import { Logger } from '../lib/log/logger.js';
import { snapshot } from './helpers/snapshot.js';
import { random } from './helpers/seeded-random.js';

const SITE: Record<string, string> = {
  '_config.yml':
    'title: Themed\ntimezone: UTC\ntheme: just-the-docs\nsearch_enabled: true\naux_links:\n  Home: ["https://example.com"]\n' +
    'defaults:\n  - scope: { path: "" }\n    values: { layout: default }\n',
  'index.md': '---\ntitle: Home\nnav_order: 1\n---\n# Home\n\nWelcome.\n',
  'guide/index.md': '---\ntitle: Guide\nnav_order: 2\nhas_children: true\n---\n# Guide\n',
  'guide/install.md': '---\ntitle: Install\nparent: Guide\nnav_order: 1\n---\n# Install\n\nSteps.\n',
  'guide/use.md': '---\ntitle: Use\nparent: Guide\nnav_order: 2\nhas_children: true\n---\n# Use\n',
  'guide/deep.md': '---\ntitle: Deep\nparent: Use\ngrand_parent: Guide\n---\n# Deep\n',
  'about.md': '---\ntitle: About\nnav_order: 3\n---\n# About\n\n## Team\n\nPeople.\n',
  '_includes/footer_custom.html': '<p>Footer</p>\n',
};

function edit(source: string, file: string, change: (text: string) => string): string {
  const full = path.join(source, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, change(fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : ''));
  return full;
}

test('on a just-the-docs site, navigation edits refill kept pages and the result equals a full build', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-theme-incremental-'));
  const source = path.join(root, 'src');
  for (const [file, text] of Object.entries(SITE)) edit(source, file, () => text);
  const quiet = new Logger('quiet', () => {});
  const session = new BuildSession({ source, destination: path.join(root, 'live') }, quiet);
  await session.build();
  const steps: [string, () => string, number | null][] = [
    ['a title', () => edit(source, 'guide/install.md', (t) => t.replace('title: Install', 'title: Installing')), 2],
    ['a parent title', () => edit(source, 'guide/use.md', (t) => t.replace('title: Use', 'title: Using').replace('# Use', '# Using')), null],
    ['nav_order', () => edit(source, 'about.md', (t) => t.replace('nav_order: 3', 'nav_order: 0')), 1],
    ['a body', () => edit(source, 'about.md', (t) => `${t}\nMore.\n`), 1],
    ['a new page', () => edit(source, 'guide/new.md', () => '---\ntitle: New\nparent: Guide\n---\n# New\n'), null],
    ['an include', () => edit(source, '_includes/footer_custom.html', () => '<p>Footer 2</p>\n'), null],
    ['a deleted page', () => {
      const file = path.join(source, 'guide/deep.md');
      fs.rmSync(file);
      return file;
    }, null],
  ];
  for (const [what, change, expectedRendered] of steps) {
    const changed = change();
    assert.match(fs.readFileSync(path.join(root, 'live', 'about.html'), 'utf8'), 'id="site-nav"', 'pages use the theme');
    const summary = await session.update([changed]);
    if (expectedRendered !== null) assert.is(summary.rendered, expectedRendered, `${what}: pages rendered`);
    const fresh = path.join(root, `fresh-${what.replace(/\W/g, '-')}`);
    await new BuildSession({ source, destination: fresh }, quiet).build();
    const live = snapshot(path.join(root, 'live'));
    const full = snapshot(fresh);
    assert.equal(Object.keys(live).sort(), Object.keys(full).sort(), `${what}: the same files`);
    for (const file of Object.keys(full)) assert.is(live[file], full[file], `${what}: ${file}`);
  }
});

type Edit = (source: string, n: (max: number) => number) => string;

const removed = (source: string, file: string): string => {
  const full = path.join(source, file);
  fs.rmSync(full, { recursive: true, force: true });
  return full;
};

/** Edits that keep or change the navigation, the folders and the includes the sidebar is made from. */
const EDITS: Edit[] = [
  (s, n) => edit(s, 'guide/install.md', (t) => t.replace(/title: .*/, `title: Install ${n(4)}`)),
  (s, n) => edit(s, 'about.md', (t) => t.replace(/nav_order: .*/, `nav_order: ${n(5)}`)),
  (s, n) => edit(s, 'about.md', (t) => (t.includes('description:') ? t.replace(/description: .*/, `description: D${n(9)}`) : t.replace('---\n', `---\ndescription: D${n(9)}\n`))),
  (s, n) => edit(s, 'guide/use.md', (t) => `${t}\nMore ${n(100)}.\n`),
  (s, n) => edit(s, `guide/more/deeper/page-${n(3)}.md`, () => `---\ntitle: Deeper ${n(3)}\nparent: Guide\n---\n# Deeper\n`),
  (s) => removed(s, 'guide/more'),
  (s, n) => edit(s, 'guide/deep.md', (t) => (t === '' ? SITE['guide/deep.md']! : t.replace(/^# Deep.*$/m, `# Deep ${n(9)}`))),
  (s) => removed(s, 'guide/deep.md'),
  (s, n) => edit(s, '_includes/footer_custom.html', () => `<p>Footer ${n(9)}</p>\n`),
  (s, n) => edit(s, '_includes/components/nav/links.html', () => `<ul class="nav-list"><li>custom ${n(9)}</li></ul>\n`),
  (s) => removed(s, '_includes/components/nav/links.html'),
];

for (const compressed of [false, true]) {
  test(`random navigation, folder and include edits${compressed ? ' with compress_html' : ''} equal a full build after every step`, async () => {
    for (const seed of [1, 2]) {
      const pick = random(seed + (compressed ? 10 : 0));
      const n = (max: number) => Math.floor(pick() * max);
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-theme-incremental-'));
      const source = path.join(root, 'src');
      for (const [file, text] of Object.entries(SITE)) edit(source, file, () => text);
      if (compressed) edit(source, '_config.yml', (t) => `${t}compress_html:\n  clippings: all\n  comments: all\n`);
      const quiet = new Logger('quiet', () => {});
      const session = new BuildSession({ source, destination: path.join(root, 'live') }, quiet);
      await session.build();
      for (let step = 0; step < 10; step++) {
        const changed = EDITS[n(EDITS.length)]!(source, n);
        await session.update([changed]);
        const fresh = path.join(root, `fresh-${step}`);
        await new BuildSession({ source, destination: fresh }, quiet).build();
        assert.equal(snapshot(path.join(root, 'live')), snapshot(fresh), `seed ${seed}, step ${step} (${changed})`);
      }
    }
  });
}

test('a front matter edit that leaves the sidebar as it was writes only the edited page and the search files', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-theme-incremental-'));
  const source = path.join(root, 'src');
  for (const [file, text] of Object.entries(SITE)) edit(source, file, () => text);
  const session = new BuildSession({ source, destination: path.join(root, 'live') }, new Logger('quiet', () => {}));
  await session.build();
  const changed = edit(source, 'about.md', (t) => t.replace('---\n', '---\ndescription: People and places\n'));
  const summary = await session.update([changed]);
  assert.is(summary.rendered, 1);
  assert.equal(summary.written.filter((file) => file.endsWith('.html')), ['about.html']);
});

test.run();
