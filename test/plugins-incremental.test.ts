import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BuildSession } from '../lib/build/session.js';
import { Logger } from '../lib/log/logger.js';

const SITE: Record<string, string> = {
  Gemfile: 'gem "github-pages", group: :jekyll_plugins\n',
  '_config.yml': 'title: Rebuilt\ntimezone: UTC\nurl: https://x.example\nplugins: [jekyll-feed, jekyll-sitemap, jekyll-redirect-from]\n',
  '_layouts/default.html': '<title>{{ page.title }}</title>{{ content }}',
  'index.md': '# Home\n\nSee [the guide](docs/guide.md) and [notes](notes.md).\n',
  'docs/guide.md': 'Guide\n=====\n\nBack [home](../index.md).\n',
  'docs/README.md': '# Docs\n',
  '_posts/2024-01-01-one.md': '---\ntitle: One\n---\nPost one.\n',
};

function writeAll(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

function snapshot(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, snapshot(dir, child));
    else out[child] = fs.readFileSync(path.join(dir, child), 'utf8').replace(/<updated>[^<]*<\/updated>/, '');
  }
  return out;
}

async function fullBuild(source: string): Promise<Record<string, string>> {
  const destination = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-plugins-full-'));
  await new BuildSession({ source, destination, environment: 'development' }, new Logger('quiet', () => {})).build();
  return snapshot(destination);
}

const EDITS: [string, Record<string, string>][] = [
  ['a page without front matter appears, so a relative link to it resolves', { 'notes.md': '# Notes\n\nSome notes.\n' }],
  ['a link target moves', { 'docs/guide.md': '---\npermalink: /guide/\n---\nGuide\n=====\n\nBack [home](../index.md).\n' }],
  ['a heading title changes', { 'notes.md': 'Renamed notes\n---\n' }],
  ['a redirect is added', { 'docs/guide.md': '---\npermalink: /guide/\nredirect_from: [/old-guide/]\n---\nGuide\n' }],
  ['a post is added to the feed', { '_posts/2024-02-01-two.md': '---\ntitle: Two\n---\nPost two.\n' }],
  ['the docs folder gets an index, so its README stops being one', { 'docs/index.md': '# Docs index\n' }],
];

test('rebuilds after each edit write what a full build of the edited site writes', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-plugins-inc-'));
  const source = path.join(root, 'src');
  const destination = path.join(root, 'out');
  writeAll(source, SITE);
  const session = new BuildSession({ source, destination, environment: 'development' }, new Logger('quiet', () => {}));
  await session.build();
  for (const [what, files] of EDITS) {
    writeAll(source, files);
    await session.update(Object.keys(files).map((f) => path.join(source, f)));
    assert.equal(snapshot(destination), await fullBuild(source), what);
  }
});

test.run();
