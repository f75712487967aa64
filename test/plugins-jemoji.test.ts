import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BuildSession } from '../lib/build/session.js';
import { Logger } from '../lib/log/logger.js';
import { buildSite } from './helpers/site.js';
import { emojiAssets, emojiUrl } from '../lib/plugins/jemoji-assets.js';
import { emojiFileName } from '../lib/plugins/jemoji-names.js';

/*
 * jemoji (0.13, with gemoji 3 and html-pipeline 2.14's EmojiFilter) is not packaged for Debian, so no
 * Jekyll here can run it. The expected outputs below were written by hand from those projects' source,
 * and checked against html-pipeline 2.14.3 and Nokogiri 1.13 (Debian's ruby-html-pipeline and
 * ruby-nokogiri) running jemoji's post_render steps.
 */

const HOST = 'https://github.githubassets.com/images/icons/emoji';
const img = (name: string, file: string, host = HOST) =>
  `<img class="emoji" title=":${name}:" alt=":${name}:" src="${host}/${file}" height="20" width="20">`;
const page = (front: string, body: string) => `---\n${front}\n---\n${body}`;
const ON = 'plugins: [jemoji]\n';

async function built(files: Record<string, string>) {
  const site = await buildSite(files);
  if (site.error) throw site.error;
  return site;
}

test('hand-written expectation: an emoji in a paragraph and in a heading becomes GitHub\'s image (a block ending in an element gets a line break, as Nokogiri writes it)', async () => {
  const site = await built({ '_config.yml': ON, 'index.md': page('title: Home', '# Ship it :rocket:\n\nGood :+1: work\n') });
  assert.equal(site.read('index.html'), `<h1 id="ship-it-rocket">Ship it ${img('rocket', 'unicode/1f680.png')}\n</h1>\n\n<p>Good ${img('+1', 'unicode/1f44d.png')} work</p>\n`);
});

test('hand-written expectation: not inside code, pre or tt; unknown names stay text', async () => {
  const body = 'Use `:smile:` or <tt>:smile:</tt>, not :no_such_emoji: but :smile:\n\n```\n:smile:\n```\n';
  const site = await built({ '_config.yml': ON, 'index.md': page('title: Home', body) });
  assert.equal(
    site.read('index.html'),
    `<p>Use <code class="language-plaintext highlighter-rouge">:smile:</code> or <tt>:smile:</tt>, not :no_such_emoji: but ${img('smile', 'unicode/1f604.png')}</p>\n\n` +
      '<div class="language-plaintext highlighter-rouge"><div class="highlight"><pre class="highlight"><code>:smile:\n</code></pre></div></div>\n',
  );
});

test('hand-written expectation: GitHub\'s own emoji use their name as file name; a colon closing an unknown name opens the next', async () => {
  const site = await built({ '_config.yml': ON, 'index.md': page('title: Home', 'Hi :octocat: and :x:shipit:\n') });
  assert.equal(site.read('index.html'), `<p>Hi ${img('octocat', 'octocat.png')} and ${img('x', 'unicode/274c.png')}shipit:</p>\n`);
});

test('emoji.src and emoji.asset set where the images are', async () => {
  const site = await built({
    '_config.yml': `${ON}emoji:\n  src: https://cdn.example.com/\n`,
    'index.md': page('title: Home', ':tada:\n'),
    'other.md': page('title: Other', ':tada:\n'),
  });
  assert.equal(site.read('index.html'), `<p>${img('tada', 'unicode/1f389.png', 'https://cdn.example.com/emoji')}</p>\n`);
  const withAsset = await built({ '_config.yml': `${ON}emoji:\n  src: https://cdn.example.com\n  asset: /img/png/\n`, 'index.md': page('title: Home', ':tada:\n') });
  assert.equal(withAsset.read('index.html'), `<p>${img('tada', 'unicode/1f389.png', 'https://cdn.example.com/img/png')}</p>\n`);
});

test('the asset host: ASSET_HOST_URL without a trailing slash, else GitHub', () => {
  assert.equal(emojiUrl(emojiAssets({}, {}), 'unicode/1f44d.png'), `${HOST}/unicode/1f44d.png`);
  assert.equal(emojiUrl(emojiAssets({}, { ASSET_HOST_URL: 'https://assets.github.vm/' }), 'x.png'), 'https://assets.github.vm/images/icons/emoji/x.png');
  assert.equal(emojiUrl(emojiAssets({ emoji: { src: 'http://mine.club/' } }, {}), 'x.png'), 'http://mine.club/emoji/x.png');
});

test('gemoji 3 file names: 4 hex digits at least, no variation selector or joiner after the first', () => {
  assert.equal(emojiFileName('hash', '#️⃣'), 'unicode/0023-20e3.png');
  assert.equal(emojiFileName('relaxed', '☺️'), 'unicode/263a.png');
  assert.equal(emojiFileName('family_man_woman_girl', '👨‍👩‍👧'), 'unicode/1f468-1f469-1f467.png');
  assert.equal(emojiFileName('shipit', ''), 'shipit.png');
});

test('hand-written expectation: with emoji, the body is written back as Nokogiri writes it; the head is kept', async () => {
  const layout = '<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8" /><title>{{ page.title }}</title></head>\n<body class="page">\n{{ content }}</body>\n</html>\n';
  const body = '<div><p>Done :white_check_mark:<br/>next</p><p>a &amp; b &quot;c&quot;</p></div>\n\n- [x] <a href="/a b">link</a>\n';
  const site = await built({ '_config.yml': ON, '_layouts/default.html': layout, 'index.md': page('layout: default\ntitle: Home', body) });
  assert.equal(
    site.read('index.html'),
    '<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8" /><title>Home</title></head>\n<body class="page">\n' +
      `<div>\n<p>Done ${img('white_check_mark', 'unicode/2705.png')}<br>next</p>\n<p>a &amp; b "c"</p>\n</div>\n\n` +
      '<ul class="task-list">\n  <li class="task-list-item">\n<input type="checkbox" class="task-list-item-checkbox" disabled checked><a href="/a%20b">link</a>\n</li>\n</ul>\n</body>\n</html>\n',
  );
});

test('a page without emoji is left byte for byte as it was; one whose only emoji is in code is still written back', async () => {
  const layout = '<html><body>\n<br/>{{ content }}<input disabled="disabled"/></body></html>\n';
  const files = (text: string) => ({ '_layouts/default.html': layout, 'index.md': page('layout: default\ntitle: Home', text) });
  const text = 'At 10:30:00, a &amp; b :not_an_emoji: <br/>\n';
  const on = await built({ '_config.yml': ON, ...files(text) });
  const off = await built({ '_config.yml': 'title: T\n', ...files(text) });
  assert.equal(on.read('index.html'), off.read('index.html'));
  assert.ok(on.read('index.html').includes('<br/>'));
  const inCode = await built({ '_config.yml': ON, ...files('`:smile:` <br/>\n') });
  assert.equal(
    inCode.read('index.html'),
    '<html><body>\n<br><p><code class="language-plaintext highlighter-rouge">:smile:</code> <br></p>\n<input disabled></body></html>\n',
  );
});

test('plugin off: emoji stay text; non-HTML output and documents not written are never touched', async () => {
  const off = await built({ '_config.yml': 'title: T\n', 'index.md': page('title: Home', 'Hi :smile:\n') });
  assert.equal(off.read('index.html'), '<p>Hi :smile:</p>\n');
  const on = await built({
    '_config.yml': `${ON}collections:\n  notes:\n    output: false\n`,
    'data.json': page('', '{"a": ":smile:"}\n'),
    '_notes/n.md': page('title: N', 'Note :smile:\n'),
    'notes.md': page('title: Notes', '{% for n in site.notes %}{{ n.content }}{% endfor %}'),
  });
  assert.equal(on.read('data.json'), '{"a": ":smile:"}\n');
  assert.equal(on.read('notes.html'), `<p>Note ${img('smile', 'unicode/1f604.png')}</p>\n`);
});

test('jtd no longer warns that jemoji is only partly supported', async () => {
  const site = await built({ '_config.yml': ON, 'index.md': page('title: Home', 'Hi\n') });
  assert.equal(site.messages.filter((m) => m.includes('jemoji')), []);
});

test('a just-the-docs site: an emoji only in a page title reaches every page\'s sidebar; a page with none is as without jemoji', async () => {
  const files = (plugins: string) => ({
    '_config.yml': `title: T\ntheme: just-the-docs\n${plugins}defaults:\n  - scope: {path: ""}\n    values: {layout: default}\n`,
    'index.md': page('title: Home\nnav_order: 1', 'Plain text.\n'),
    'party.md': page('title: "Party :tada:"\nnav_order: 2', 'Fun :smile: here.\n'),
  });
  const on = await built(files(ON));
  for (const file of ['index.html', 'party.html']) assert.ok(on.read(file).includes(`Party ${img('tada', 'unicode/1f389.png')}`), `${file}: the sidebar's emoji`);
  assert.ok(on.read('party.html').includes(`Fun ${img('smile', 'unicode/1f604.png')} here.`), 'the page\'s own emoji');
  const noEmojiAnywhere = await built({ ...files(ON), 'party.md': page('title: Party\nnav_order: 2', 'Fun here.\n') });
  const off = await built({ ...files(''), 'party.md': page('title: Party\nnav_order: 2', 'Fun here.\n') });
  for (const file of ['index.html', 'party.html']) assert.is(noEmojiAnywhere.read(file), off.read(file), file);
});

test('serving: a rebuild after a navigation change gives a page with emoji the same bytes as a full build', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-jemoji-'));
  const source = path.join(root, 'src');
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
    fs.writeFileSync(path.join(source, file), text);
  };
  write('_config.yml', `title: T\ntheme: just-the-docs\n${ON}defaults:\n  - scope: {path: ""}\n    values: {layout: default}\n`);
  write('index.md', page('title: Home\nnav_order: 1', 'Hi :wave:\n'));
  write('other.md', page('title: Other\nnav_order: 2', 'Plain\n'));
  const session = new BuildSession({ source, destination: path.join(root, 'served'), environment: 'development' }, new Logger('quiet', () => {}));
  await session.build();
  write('other.md', page('title: "Renamed :tada:"\nnav_order: 2', 'Plain\n'));
  await session.update([path.join(source, 'other.md')]);
  await new BuildSession({ source, destination: path.join(root, 'full'), environment: 'development' }, new Logger('quiet', () => {})).build();
  const served = fs.readFileSync(path.join(root, 'served/index.html'), 'utf8');
  assert.ok(served.includes(`Renamed ${img('tada', 'unicode/1f389.png')}`), 'the sidebar title of the other page has its emoji');
  assert.equal(served, fs.readFileSync(path.join(root, 'full/index.html'), 'utf8'));
});

test.run();
