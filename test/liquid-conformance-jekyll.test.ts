/**
 * The pages of the jekyll-filters conformance case, rendered with a hand-built `site` (data, posts,
 * pages) standing in for the engine: the output must be what Jekyll 4.3.1 wrote (the layout stripped).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { TimeZone } from '../lib/time/zone.js';
import { caseContent, caseFile, readCasePage } from './liquid-helpers/conformance.js';
import { loadYaml } from './liquid-helpers/front-matter.js';
import { createEngine, renderWith } from './liquid-helpers/render.js';

const ZONE = 'Europe/London';
const config = { title: 'Jekyll filters', url: 'https://example.com', baseurl: '/docs', timezone: ZONE };
const render = renderWith(createEngine(config, ZONE));
const london = TimeZone.load(ZONE);

function post(title: string, url: string, date: unknown, categories: string[], tags: string[]) {
  return { title, url, date, categories, tags };
}

const posts = [
  post('Summer reading', '/reviews/2023/08/13/summer-reading.html', london.timeAt(Date.UTC(2023, 7, 12, 23)), ['reviews'], ['books']),
  post('Spring release', '/news/releases/2023/03/21/spring-release.html', london.timeAt(Date.UTC(2023, 2, 21, 17, 45)), ['news', 'releases'], ['release', 'planning']),
  post('New year notes', '/news/2023/01/02/new-year-notes.html', london.timeAt(Date.UTC(2023, 0, 2)), ['news'], ['planning']),
];

const samplePage = {
  layout: 'default',
  title: 'Sample page',
  nav_order: 3,
  tags: ['demo'],
  content: 'Hello *world*, this page is used by the jsonify examples.\n',
  dir: '/',
  excerpt: null,
  name: 'sample-page.md',
  path: 'sample-page.md',
  url: '/sample-page.html',
};

const pages = [
  { title: 'URL filters', name: 'url-filters.html', url: '/url-filters.html' },
  samplePage,
];

const site = {
  ...config,
  data: { books: loadYaml(caseFile('jekyll-filters', 'src/_data/books.yml'), london) },
  posts,
  pages,
};

function renderPage(name: string, cutAt?: string): [string, string] {
  const page = readCasePage('jekyll-filters', `${name}.html`, ZONE);
  const scope = { site, page: { ...page.data, url: `/${name}.html` } };
  const out = render(page.body, scope);
  const expected = caseContent('jekyll-filters', `${name}.html`, `<h1>${page.data.title}</h1>\n`, '\n</body>');
  if (!cutAt) return [out, expected];
  return [out.slice(0, out.indexOf(cutAt)), expected.slice(0, expected.indexOf(cutAt))];
}

for (const name of ['url-filters', 'date-filters', 'where-and-find', 'group-and-sort', 'array-manipulation', 'jsonify-and-inspect']) {
  test(`jekyll-filters ${name} renders as Jekyll does`, () => {
    const [out, expected] = renderPage(name);
    assert.fixture(out, expected);
  });
}

test('jekyll-filters text-filters renders as Jekyll does (up to the converter filters)', () => {
  const [out, expected] = renderPage('text-filters', '<h2>markdownify</h2>');
  assert.fixture(out, expected);
});

test.run();
