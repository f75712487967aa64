import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BuildSession } from '../lib/build/session.js';
import { Logger } from '../lib/log/logger.js';
import { snapshot } from './helpers/snapshot.js';
import { random } from './helpers/seeded-random.js';

/**
 * A site where bodies are read elsewhere: post excerpts on the home page, every page's content in a JSON
 * file, a collection with previous/next links, a redirect and a sitemap, a stylesheet page.
 */
const SITE: Record<string, string> = {
  '_config.yml':
    'title: Bodies\ntimezone: UTC\nurl: https://x.example\nplugins: [jekyll-sitemap, jekyll-redirect-from]\ncollections:\n  notes:\n    output: true\n',
  '_layouts/default.html': '<title>{{ page.title }}</title>\n{% include nav.html %}\n{{ content }}',
  '_layouts/note.html': '---\nlayout: default\n---\n<article>{{ content }}</article>{% include aside.html text=page.title %}{% if page.previous %}<a href="{{ page.previous.url }}">{{ page.previous.title }}</a>{% endif %}',
  '_includes/nav.html': '<nav>{% for p in site.html_pages %}{% if p.title %}<a href="{{ p.url }}">{{ p.title }}</a>{% endif %}{% endfor %}</nav>',
  '_includes/aside.html': '<aside>{{ include.text }}</aside>',
  '_includes/listed.html': '{% assign listed = site.html_pages %}',
  '_sass/base.scss': '$fg: #123;\n',
  'assets/site.scss': '---\n---\n@import "base";\nbody { color: $fg; }\n',
  'index.md': '---\ntitle: Home\nlayout: default\n---\n{% for post in site.posts %}- {{ post.title }}: {{ post.excerpt | strip_html }}\n{% endfor %}',
  'about.md': '---\ntitle: About\nlayout: default\nredirect_from: /old-about/\n---\nAbout us.\n\n{% include_relative docs/snippet.md %}\n',
  'docs/guide.md': '---\ntitle: Guide\nlayout: default\n---\nGuide text.\n\n{% include aside.html text="in the body" %}\n',
  'docs/snippet.md': '---\ntitle: Snippet\n---\nSnippet text.\n',
  'zz-listed.html': '---\n---\n{% include listed.html %}{% for p in listed %}{{ p.url }}: {{ p.content | size }}\n{% endfor %}',
  'all.json': '---\n---\n{ {% for p in site.pages %}{{ p.url | jsonify }}: {{ p.content | size }}{% unless forloop.last %}, {% endunless %}{% endfor %} }',
  '_posts/2023-01-01-first.md': '---\ntitle: First\nlayout: default\n---\nFirst post.\n\nMore of the first.\n',
  '_posts/2023-02-01-second.md': '---\ntitle: Second\nlayout: default\n---\nSecond post.\n',
  '_notes/a.md': '---\ntitle: Note A\nlayout: note\ndate: 2023-05-01\n---\nNote A text.\n',
  '_notes/b.md': '---\ntitle: Note B\nlayout: note\ndate: 2023-05-02\n---\nNote B text.\n',
};

/** The file (or folder) an edit touches, and the edit, which returns the path it changed. */
type Edit = [string, (dir: string, n: (max: number) => number) => string];

function write(dir: string, file: string, text: string): string {
  const full = path.join(dir, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  return full;
}

/** Replaces the text after the front matter (or the whole file when it has none). */
/** The site's files written in a new temp folder, as `root/src`. */
function siteInTempFolder(files: Record<string, string> = SITE): { root: string; source: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-body-edits-'));
  const source = path.join(root, 'src');
  for (const [file, text] of Object.entries(files)) write(source, file, text);
  return { root, source };
}

function editBody(dir: string, file: string, body: string): string {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, 'utf8');
  const end = text.startsWith('---') ? text.indexOf('\n---\n', 3) + 5 : 0;
  return write(dir, file, text.slice(0, end) + body);
}

const BODY_EDITS: Edit[] = [
  ['about.md', (d, n) => editBody(d, 'about.md', `About us, version ${n(50)}.\n\n{% include_relative docs/snippet.md %}\n`)],
  ['docs/guide.md', (d, n) => editBody(d, 'docs/guide.md', `Guide text ${n(50)}.\n\n{% include aside.html text="in the body" %}\n`)],
  ['docs/snippet.md', (d, n) => editBody(d, 'docs/snippet.md', `Snippet ${n(50)}.\n`)],
  ['_posts/2023-01-01-first.md', (d, n) => editBody(d, '_posts/2023-01-01-first.md', `First post ${n(50)}.\n\nMore of the first.\n`)],
  ['_posts/2023-02-01-second.md', (d, n) => editBody(d, '_posts/2023-02-01-second.md', `Second post.\n\nNow with more ${n(50)}.\n`)],
  ['_notes/a.md', (d, n) => editBody(d, '_notes/a.md', `Note A text ${n(50)}.\n`)],
  ['assets/site.scss', (d, n) => editBody(d, 'assets/site.scss', `@import "base";\nbody { color: $fg; margin: ${n(9)}px; }\n`)],
  ['docs/guide.md', (d) => path.join(d, 'docs/guide.md')],
  ['docs/guide.md', (d, n) => write(d, 'docs/guide.md', `---\ntitle: Guide\n# a comment ${n(9)}\nlayout: default\n---\nGuide text.\n`)],
];

const OTHER_EDITS: Edit[] = [
  ['docs/guide.md', (d, n) => write(d, 'docs/guide.md', `---\ntitle: Guide ${n(5)}\nlayout: default\n---\nGuide text.\n`)],
  ['_includes/nav.html', (d, n) => write(d, '_includes/nav.html', `<nav data-v="${n(9)}">{% for p in site.html_pages %}<a href="{{ p.url }}">{{ p.title }}</a>{% endfor %}</nav>`)],
  ['_sass/base.scss', (d, n) => write(d, '_sass/base.scss', `$fg: #${100 + n(800)};\n`)],
  ['_includes/aside.html', (d, n) => write(d, '_includes/aside.html', `<aside data-v="${n(9)}">{{ include.text }}</aside>`)],
  ['_posts/', (d, n) => write(d, `_posts/2023-03-0${1 + n(5)}-added.md`, `---\ntitle: Added ${n(9)}\nlayout: default\n---\nNew post.\n`)],
  ['docs/snippet.md', (d) => write(d, 'docs/snippet.md', 'Snippet without front matter.\n')],
  ['docs/snippet.md', (d) => write(d, 'docs/snippet.md', SITE['docs/snippet.md']!)],
  ['docs/guide.md', (d) => write(d, 'docs/guide.md', '---\ntitle: [unclosed\n---\nGuide text.\n')],
];

/** The site without collection documents (a rebuild may then keep the engines too). */
const PAGES_ONLY = Object.fromEntries(
  Object.entries(SITE)
    .filter(([file]) => !file.startsWith('_posts/') && !file.startsWith('_notes/'))
    .map(([file, text]) => [file, file === '_config.yml' ? text.replace(/collections:[\s\S]*$/, '') : text]),
);

async function editAndCompare(site: Record<string, string>, seeds: number[]): Promise<void> {
  const quiet = new Logger('quiet', () => {});
  const applies = ([file]: Edit) => file === '_posts/' ? '_posts/2023-01-01-first.md' in site : Object.keys(site).some((f) => f === file);
  const [bodyEdits, otherEdits] = [BODY_EDITS.filter(applies), OTHER_EDITS.filter(applies)];
  for (const seed of seeds) {
    const pick = random(seed);
    const n = (max: number) => Math.floor(pick() * max);
    const { root, source } = siteInTempFolder(site);
    const session = new BuildSession({ source, destination: path.join(root, 'live') }, quiet);
    await session.build();
    for (let step = 0; step < 16; step++) {
      const edits = pick() < 0.75 ? bodyEdits : otherEdits;
      const changed = edits[n(edits.length)]![1](source, n);
      await session.update([changed]);
      const fresh = path.join(root, `fresh-${step}`);
      await new BuildSession({ source, destination: fresh }, quiet).build();
      assert.equal(snapshot(path.join(root, 'live')), snapshot(fresh), `seed ${seed}, step ${step} (${changed})`);
    }
  }
}

test('after runs of body edits between other edits, each rebuild equals a fresh full build byte for byte', async () => {
  await editAndCompare(SITE, [11, 12, 13]);
});

test('the same on a site of pages alone, where a rebuild keeps the engines as well', async () => {
  await editAndCompare(PAGES_ONLY, [21, 22, 23]);
});

test('a body edit renders that page and the pages that show its content, and writes what changed', async () => {
  const { root, source } = siteInTempFolder();
  const session = new BuildSession({ source, destination: path.join(root, 'live') }, new Logger('quiet', () => {}));
  await session.build();
  const post = editBody(source, '_posts/2023-01-01-first.md', 'The first, rewritten.\n\nMore of the first.\n');
  const update = await session.update([post]);
  assert.equal(update.written.sort(), ['2023/01/01/first.html', 'index.html', 'zz-listed.html'], 'the list shows the home page content, which shows the post');
  const page = fs.readFileSync(path.join(root, 'live', 'index.html'), 'utf8');
  assert.match(page, 'First: The first, rewritten.');
  const note = editBody(source, '_notes/a.md', 'Note A, rewritten.\n');
  const second = await session.update([note]);
  assert.equal(second.written, ['notes/a.html'], 'the next note shows its title, not its content');
  assert.match(fs.readFileSync(path.join(root, 'live', 'notes/a.html'), 'utf8'), 'Note A, rewritten.');
});

test('a file included again after it changed while nothing included it shows its new text', async () => {
  const { root, source } = siteInTempFolder();
  const quiet = new Logger('quiet', () => {});
  const session = new BuildSession({ source, destination: path.join(root, 'live') }, quiet);
  await session.build();
  await session.update([editBody(source, 'about.md', 'About us, alone.\n')]);
  await session.update([editBody(source, 'docs/snippet.md', 'Snippet, changed while not included.\n')]);
  await session.update([editBody(source, 'about.md', 'About us.\n\n{% include_relative docs/snippet.md %}\n')]);
  assert.match(fs.readFileSync(path.join(root, 'live', 'about.html'), 'utf8'), 'Snippet, changed while not included.');
  await new BuildSession({ source, destination: path.join(root, 'fresh') }, quiet).build();
  assert.equal(snapshot(path.join(root, 'live')), snapshot(path.join(root, 'fresh')));
});

test('a warning about a file the read gives is given again by each rebuild, a body edit included', async () => {
  const { root, source } = siteInTempFolder();
  write(source, 'broken.md', '---\ntitle: [unclosed\n---\nBroken.\n');
  const messages: string[] = [];
  const session = new BuildSession({ source, destination: path.join(root, 'live') }, new Logger('normal', (line) => messages.push(line)));
  assert.is((await session.build()).warnings, 1);
  const update = await session.update([editBody(source, 'docs/guide.md', 'Guide, edited.\n')]);
  assert.is(update.warnings, 1);
  assert.is(messages.filter((line) => line.includes('broken.md')).length, 2);
});

test('a page whose file loses its front matter becomes a copied file on the next rebuild', async () => {
  const { root, source } = siteInTempFolder();
  const session = new BuildSession({ source, destination: path.join(root, 'live') }, new Logger('quiet', () => {}));
  await session.build();
  const update = await session.update([write(source, 'docs/guide.md', 'Plain text now.\n')]);
  assert.ok(update.removed.includes('docs/guide.html'));
  assert.is(fs.readFileSync(path.join(root, 'live', 'docs/guide.md'), 'utf8'), 'Plain text now.\n');
});

test.run();
