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
  '_config.yml': 'title: Fixture\ntimezone: UTC\n',
  '_layouts/default.html': '<title>{{ page.title }} | {{ site.title }}</title>\n<nav>{% for p in site.html_pages %}{% if p.nav_order %}<a href="{{ p.url }}">{{ p.title }}</a>{% endif %}{% endfor %}</nav>\n{% include footer.html %}\n{{ content }}',
  '_layouts/post.html': '---\nlayout: default\n---\n<article>{{ content }}</article>{% if page.next %}<a href="{{ page.next.url }}">next</a>{% endif %}',
  '_includes/footer.html': '<footer>{{ site.data.info.owner }}</footer>',
  '_data/info.yml': 'owner: Ada\n',
  'index.md': '---\ntitle: Home\nnav_order: 1\nlayout: default\n---\n# Home\n\n{% for post in site.posts %}- {{ post.title }}: {{ post.excerpt | strip_html }}\n{% endfor %}',
  'about.md': '---\ntitle: About\nnav_order: 2\nlayout: default\n---\nAbout us.\n',
  'docs/guide.md': '---\ntitle: Guide\nparent: About\nnav_order: 3\nlayout: default\n---\nGuide text.\n',
  'search.json': '---\n---\n[{% for p in site.pages %}{"u":{{ p.url | jsonify }},"c":{{ p.content | size }}}{% unless forloop.last %},{% endunless %}{% endfor %}]',
  '_posts/2023-01-01-first.md': '---\ntitle: First\nlayout: post\n---\nFirst post.\n',
  '_posts/2023-02-01-second.md': '---\ntitle: Second\nlayout: post\n---\nSecond post.\n',
  'img/a.txt': 'static A\n',
};

type Edit = (dir: string, pick: (n: number) => number) => string;

const write = (dir: string, file: string, text: string): string => {
  const full = path.join(dir, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  return full;
};

const replaceIn = (dir: string, file: string, from: RegExp, to: string): string => {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) return write(dir, file, SITE[file] ?? '');
  return write(dir, file, fs.readFileSync(full, 'utf8').replace(from, to));
};

const EDITS: Edit[] = [
  (d, n) => replaceIn(d, 'about.md', /About us\.[^\n]*/, `About us. v${n(1000)}`),
  (d, n) => replaceIn(d, 'docs/guide.md', /title: .*/, `title: Guide ${n(5)}`),
  (d, n) => replaceIn(d, 'about.md', /nav_order: .*/, `nav_order: ${n(9)}`),
  (d, n) => replaceIn(d, 'docs/guide.md', /parent: .*/, `parent: ${['About', 'Home'][n(2)]}`),
  (d, n) => replaceIn(d, 'about.md', /layout: default\n/, `layout: default\npermalink: /about-${n(3)}/\n`),
  (d, n) => write(d, '_layouts/default.html', SITE['_layouts/default.html'].replace('<title>', `<title data-v="${n(100)}">`)),
  (d, n) => write(d, '_includes/footer.html', `<footer>${n(100)} {{ site.data.info.owner }}</footer>`),
  (d, n) => write(d, '_data/info.yml', `owner: Ada ${n(100)}\n`),
  (d, n) => write(d, '_config.yml', `title: Fixture ${n(10)}\ntimezone: UTC\n`),
  (d, n) => write(d, `_posts/2023-03-0${1 + n(5)}-added.md`, `---\ntitle: Added ${n(9)}\nlayout: post\n---\nNew post.\n`),
  (d, n) => {
    const posts = fs.readdirSync(path.join(d, '_posts'));
    const victim = path.join(d, '_posts', posts[n(posts.length)]);
    fs.rmSync(victim);
    return victim;
  },
  (d, n) => {
    const from = path.join(d, 'docs/guide.md');
    if (!fs.existsSync(from)) return write(d, 'docs/guide.md', SITE['docs/guide.md']);
    const to = path.join(d, `docs/guide-${n(3)}.md`);
    fs.renameSync(from, to);
    return to;
  },
  (d, n) => write(d, 'img/a.txt', `static A ${n(100)}\n`),
];

test('after every random edit, the incremental rebuild equals a fresh full build byte for byte', async () => {
  for (const seed of [1, 2, 3]) {
    const pick = random(seed);
    const n = (max: number) => Math.floor(pick() * max);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-incremental-'));
    const source = path.join(root, 'src');
    for (const [file, text] of Object.entries(SITE)) write(source, file, text);
    const quiet = new Logger('quiet', () => {});
    const session = new BuildSession({ source, destination: path.join(root, 'live') }, quiet);
    await session.build();
    for (let step = 0; step < 12; step++) {
      const edit = EDITS[n(EDITS.length)];
      const changed = edit(source, n);
      const before = fs.existsSync(changed) ? [changed] : [changed];
      await session.update(before);
      const fresh = path.join(root, `fresh-${step}`);
      await new BuildSession({ source, destination: fresh }, quiet).build();
      assert.equal(snapshot(path.join(root, 'live')), snapshot(fresh), `seed ${seed}, step ${step} (${changed})`);
    }
  }
});

test('a body edit re-renders only that page and the pages that read its content', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-incremental-'));
  const source = path.join(root, 'src');
  for (const [file, text] of Object.entries(SITE)) write(source, file, text);
  const session = new BuildSession({ source, destination: path.join(root, 'live') }, new Logger('quiet', () => {}));
  const first = await session.build();
  assert.is(first.rendered, 6);
  const changed = replaceIn(source, 'docs/guide.md', /Guide text\./, 'Guide text, edited.');
  const update = await session.update([changed]);
  assert.is(update.rendered, 2, 'the guide and search.json (which reads every page content)');
  assert.equal(update.written.sort(), ['docs/guide.html', 'search.json']);
});

test.run();
