import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite } from './helpers/site.js';

const post = (title: string) => `---\ntitle: ${title}\n---\nBody\n`;

test('posts use the date style by default: /:categories/:year/:month/:day/:title.html', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\n',
    '_posts/2023-06-01-Hello-World.md': post('Hello'),
    'news/_posts/2023-06-02-second.md': post('Second'),
  });
  assert.ok(site.exists('2023/06/01/Hello-World.html'));
  assert.ok(site.exists('news/2023/06/02/second.html'));
});

test('pretty permalinks write folders with index.html for pages and posts', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\npermalink: pretty\n',
    '_posts/2023-06-01-hello.md': post('Hello'),
    'about.md': '---\n---\nAbout\n',
    'feed.xml': '---\n---\n<feed/>\n',
  });
  assert.ok(site.exists('2023/06/01/hello/index.html'));
  assert.ok(site.exists('about/index.html'));
  assert.ok(site.exists('feed.xml'));
});

test('a page permalink without extension is written with .html', async () => {
  const site = await buildSite({ '_config.yml': 'timezone: UTC\n', 'legal.md': '---\npermalink: /legal\n---\n{{ page.url }}\n' });
  assert.ok(site.exists('legal.html'));
  assert.match(site.read('legal.html'), '/legal');
});

test('placeholders :slug, :title, :categories and date parts fill a custom post permalink', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\npermalink: /:categories/:year/:i_month/:i_day/:slug/\n',
    '_posts/2023-06-01-Mixed-Case.md': '---\ncategories: [Release Notes]\n---\n{{ page.url }}\n',
  });
  assert.ok(site.exists('release notes/2023/6/1/mixed-case/index.html'));
  assert.match(site.read('release notes/2023/6/1/mixed-case/index.html'), '/release%20notes/2023/6/1/mixed-case/');
});

test('every date placeholder fills a post permalink, in its front matter too, and :month_ is :month then an underscore', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\npermalink: /:year/:month_/:i_day-:short_day-:long_day-:y_day-:w_year-:week-:w_day/:title/\n',
    '_posts/2024-03-05-dates.md': '---\n---\n{{ page.url }}\n',
    '_posts/2024-12-30-own.md': '---\npermalink: /:short_year/:i_month/:day/:short_month-:long_month/:hour:minute:second/\n---\n{{ page.url }}\n',
  });
  assert.match(site.read('2024/03_/5-Tue-Tuesday-065-2024-10-2/dates/index.html'), '/2024/03_/5-Tue-Tuesday-065-2024-10-2/dates/');
  assert.match(site.read('24/12/30/Dec-December/000000/index.html'), '/24/12/30/Dec-December/000000/');
});

test('file names with spaces are percent-encoded in URLs but not on disk', async () => {
  const site = await buildSite({ '_config.yml': 'timezone: UTC\n', 'my page.md': '---\n---\n{{ page.url }}\n' });
  assert.ok(site.exists('my page.html'));
  assert.match(site.read('my page.html'), '/my%20page.html');
});

test('collection documents use the collection permalink, with :path and :name', async () => {
  const site = await buildSite({
    '_config.yml': 'timezone: UTC\ncollections:\n  recipes:\n    output: true\n    permalink: /cookbook/:name/\n',
    '_recipes/pancakes.md': '---\ntitle: Pancakes\n---\n{{ page.url }} {{ page.collection }}\n',
  });
  assert.match(site.read('cookbook/pancakes/index.html'), '/cookbook/pancakes/ recipes');
});

test.run();
