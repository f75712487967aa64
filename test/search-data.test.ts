import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanSectionText } from '../lib/search/clean-section-text.js';
import { pageSectionEntries } from '../lib/search/page-entries.js';
import { random } from './helpers/seeded-random.js';
import { buildSite } from './helpers/site.js';

const CONFIG = 'title: Search Test\ntheme: just-the-docs\ntimezone: UTC\n';

function page(frontMatter: string, body: string): string {
  return `---\n${frontMatter}\n---\n${body}`;
}

async function searchData(files: Record<string, string>, extraConfig = ''): Promise<Record<string, Record<string, unknown>>> {
  const site = await buildSite({ '_config.yml': CONFIG + extraConfig, ...files });
  if (site.error) throw site.error;
  return JSON.parse(site.read('assets/js/search-data.json'));
}

test('cleaning: separators before blocks and cells, tags stripped, "Table of contents" removed, one trailing space', () => {
  assert.is(cleanSectionText('<p>One</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>'), 'One . | a | b | . ');
  assert.is(cleanSectionText('<table><tr><th>H</th></tr><tr><td>x &lt; y</td></tr></table>'), '| H | . | x &lt; y | . ');
  assert.is(cleanSectionText('<h2>Table of contents</h2><p></p><p></p>'), '. ');
  assert.is(cleanSectionText(''), ' ');
});

/** just-the-docs' template, step by step: each mark replaced over the whole text in turn, then Liquid's filters. */
function templateSectionText(html: string): string {
  let text = html;
  for (const mark of ['</h', '<hr', '</p', '<ul', '</ul', '<ol', '</ol', '</tr']) text = text.split(mark).join(` . ${mark}`);
  for (const mark of ['<li', '</li', '</td', '<td', '</th', '<th']) text = text.split(mark).join(` | ${mark}`);
  text = text.replace(/<script.*?<\/script>|<!--.*?-->|<style.*?<\/style>/gs, '').replace(/<.*?>/gs, '');
  text = text.split('Table of contents').join('');
  text = text.replace(/[\t\n\v\f\r ]+/g, ' ').replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '');
  text = text.split('. . .').join('.').split('. .').join('.').split('| |').join('|');
  return `${text} `;
}

test("cleaning: random HTML gives the text of the template's replacements made one after the other", () => {
  const pieces = ['<p>', '</p>', '<h2 id="x">', '</h2>', '<hr>', '<ul>', '</ul>', '<ol>', '</ol>', '<li>', '</li>', '<table>', '<tr>', '</tr>', '<th>', '</th>', '<td>', '</td>', '<thead>', '<script>a<b</script>', '<!-- c -->', '<style>p{}</style>', '<', '>', ' ', '  ', '\t', '\n', '\r\n', '\0', '.', '. .', '|', 'Table of contents', 'word', 'é', '<em>', '</em>'];
  const next = random(17);
  for (let round = 0; round < 2000; round++) {
    let html = '';
    const length = Math.floor(next() * 24);
    for (let i = 0; i < length; i++) html += pieces[Math.floor(next() * pieces.length)];
    assert.is(cleanSectionText(html), templateSectionText(html), JSON.stringify(html));
  }
});

test('sections: split at headings up to the level; a first heading equal to the title stands for the page', () => {
  const html = '<h1 id="guide">Guide</h1>\n<p>Intro.</p>\n<h2 id="setup">Setup</h2>\n<p>Steps.</p>\n<h3 id="deep">Deep</h3>\n<p>More.</p>\n';
  const entries = pageSectionEntries(html, 2, 'Guide');
  assert.equal(
    entries.map((e) => [e.title, e.fragment, e.content]),
    [
      ['Guide', '', 'Intro. '],
      ['Setup', '#setup', 'Steps. Deep . More. '],
    ],
  );
});

test('sections: the page gets an extra entry when it does not start with its title; id rules', () => {
  const html = '<p>Before.</p>\n<h2>No id</h2>\n<p>a</p>\n<h2 id="x">Note<sup id="fnref:1">1</sup></h2>\n<p>b</p>\n';
  const entries = pageSectionEntries(html, 2, 42);
  assert.equal(
    entries.map((e) => [e.title, e.fragment]),
    [
      ['No id', ''],
      ['Note1', ''],
      [42, ''],
    ],
  );
  assert.is(entries[2].content, 'Before. ');
});

test('search-data.json: pages, collections of just_the_docs, search_exclude, baseurl, custom data', async () => {
  const data = await searchData(
    {
      'index.md': page('title: Home', '# Home\n\nWelcome.\n\n## Start here\n\nText.\n'),
      'hidden.md': page('title: Hidden\nsearch_exclude: true', 'Secret.\n'),
      'untitled.md': page('layout: default', 'No title.\n'),
      '_recipes/soup.md': page('title: Soup\narea: kitchen', 'Hot soup.\n'),
      '_notes/n.md': page('title: Note', 'Not indexed.\n'),
      '_includes/lunr/custom-data.json': '"area": {{ include.page.area | default: "general" | jsonify }},\n',
    },
    [
      'baseurl: /docs',
      'collections:',
      '  recipes: { output: true }',
      '  notes: { output: true }',
      'just_the_docs:',
      '  collections:',
      '    recipes: { name: Recipes }',
      '    notes: { name: Notes, search_exclude: true }',
      '',
    ].join('\n'),
  );
  assert.equal(Object.keys(data), ['0', '1', '2']);
  assert.equal(data['0'], { doc: 'Home', title: 'Home', content: 'Welcome. ', url: '/docs/', area: 'general', relUrl: '/' });
  assert.equal(data['1'].url, '/docs/#start-here');
  assert.equal(data['2'], { doc: 'Soup', title: 'Soup', content: 'Hot soup. ', url: '/docs/recipes/soup.html', area: 'kitchen', relUrl: '/recipes/soup.html' });
});

test('no search files without the theme, or with search_enabled: false', async () => {
  const plain = await buildSite({ '_config.yml': 'timezone: UTC\n', 'a.md': page('title: A', 'x\n') });
  assert.not.ok(plain.exists('assets/js/search-data.json'));
  const off = await buildSite({ '_config.yml': `${CONFIG}search_enabled: false\n`, 'a.md': page('title: A', 'x\n') });
  assert.not.ok(off.exists('assets/js/search-data.json'));
});

test.run();
