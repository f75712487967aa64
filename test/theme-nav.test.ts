import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { between, buildThemeSite, navOutline, page } from './helpers/theme-site.js';

test('siblings: nav_order numbers, then nav_order strings, then numeric titles, then titles (case-sensitive)', async () => {
  const site = await buildThemeSite({
    'index.md': page('title: Home\nnav_order: 1'),
    'neg.md': page('title: Negative\nnav_order: -1'),
    'ten.md': page('title: Ten\nnav_order: 10'),
    's9.md': page('title: S9\nnav_order: "9"'),
    's10.md': page('title: S10\nnav_order: "10"'),
    'upper.md': page('title: Upper\nnav_order: C'),
    'lower.md': page('title: Lower\nnav_order: a'),
    'num.md': page('title: 3.5'),
    'banana.md': page('title: Banana'),
    'apple.md': page('title: apple'),
  });
  assert.is(navOutline(site.read('index.html')), '[Negative; Home; Ten; S9; S10; Upper; Lower; 3.5; Banana; apple;]');
});

test('nav_sort: case_insensitive sorts strings naturally and does not read numbers in strings', async () => {
  const site = await buildThemeSite(
    {
      'index.md': page('title: Home\nnav_order: 0'),
      's9.md': page('title: S9\nnav_order: "9"'),
      's10.md': page('title: S10\nnav_order: "10"'),
      'banana.md': page('title: Banana'),
      'apple.md': page('title: apple'),
    },
    'nav_sort: case_insensitive\n',
  );
  assert.is(navOutline(site.read('index.html')), '[Home; S10; S9; apple; Banana;]');
});

test('children nest by parent, grand_parent and ancestor; the compatibility rule binds to the top-level page', async () => {
  const site = await buildThemeSite({
    'index.md': page('title: Home\nnav_order: 1'),
    'a.md': page('title: A\nnav_order: 2'),
    'a-setup.md': page('title: Setup\nparent: A'),
    'b.md': page('title: B\nnav_order: 3'),
    'b-setup.md': page('title: Setup\nparent: B'),
    'install.md': page('title: Install\nparent: Setup\ngrand_parent: B'),
    'deep.md': page('title: Deep\nparent: Install\nancestor: B'),
    'glossary.md': page('title: Glossary\nnav_order: 4'),
    'nested-glossary.md': page('title: Glossary\nparent: B'),
    'term.md': page('title: Term\nparent: Glossary'),
  });
  assert.is(
    navOutline(site.read('index.html')),
    '[Home; A;[Setup;]B;[Glossary; Setup;[Install;[Deep;]]]Glossary;[Term;]]',
  );
});

test('nav_exclude hides a page and its children from the sidebar but an excluded child still gives an expander', async () => {
  const site = await buildThemeSite({
    'index.md': page('title: Home\nnav_order: 1'),
    'hidden.md': page('title: Hidden\nnav_exclude: true'),
    'parent.md': page('title: Parent\nnav_order: 2'),
    'child.md': page('title: Child\nparent: Parent\nnav_exclude: true'),
    'flag.md': page('title: Flag\nnav_order: 3\nhas_children: false'),
    'flag-child.md': page('title: Flag child\nparent: Flag'),
  });
  const html = site.read('index.html');
  assert.is(navOutline(html), '[Home; Parent;[]Flag;]');
  assert.ok(html.includes('aria-label="Parent submenu"'));
});

test('a page titled like its parent becomes the ∞ item and the error report is shown when asked for', async () => {
  const site = await buildThemeSite(
    { 'loop.md': page('title: loop'), 'loop-child.md': page('title: loop\nparent: loop') },
    'nav_error_report: true\n',
  );
  const html = site.read('loop.html');
  assert.is(navOutline(html), '[loop;[∞;]]');
  assert.ok(html.includes('Page title: <code>loop</code>, location: <code>loop-child.md</code>.'));
});

test('external links and collections (folded and not) follow the pages', async () => {
  const site = await buildThemeSite(
    {
      'index.md': page('title: Home'),
      '_recipes/bread.md': page('title: Bread'),
      '_reference/api.md': page('title: API'),
    },
    [
      'nav_external_links:',
      '  - title: Elsewhere',
      '    url: https://example.com/',
      '    opens_in_new_tab: true',
      'collections:',
      '  recipes: { output: true }',
      '  reference: { output: true }',
      'just_the_docs:',
      '  collections:',
      '    recipes: { name: Recipes, nav_fold: true }',
      '    reference: { name: Reference }',
      '',
    ].join('\n'),
  );
  const html = site.read('index.html');
  assert.is(navOutline(html), '[Home;][Elsewhere;][Recipes[Bread;]]Reference[API;]');
  assert.ok(html.includes('<a href="https://example.com/" class="nav-list-link external" target="_blank" rel="noopener noreferrer">'));
  assert.ok(html.includes('<ul class="nav-list nav-category-list">'));
});

test('a document\'s output read by a later page is its written page, sidebar and all', async () => {
  const site = await buildThemeSite(
    {
      'index.md': page('title: Home'),
      '_recipes/bread.md': page('title: Bread'),
      'zz-outputs.html': page('title: Outputs\nlayout: null', '{% assign doc = site.recipes | first %}[{{ doc.output }}]'),
    },
    ['collections:', '  recipes: { output: true }', 'just_the_docs:', '  collections:', '    recipes: { name: Recipes }', ''].join('\n'),
  );
  const written = site.read('recipes/bread.html');
  assert.ok(written.includes('<nav aria-label="Main"'), 'the written document has the sidebar');
  assert.is(site.read('zz-outputs.html'), `[${written}]`);
});

test('the current link and every item around it are marked active, on each page only', async () => {
  const site = await buildThemeSite({
    'index.md': page('title: Home\nnav_order: 1'),
    'guide/index.md': page('title: Guide\nnav_order: 2'),
    'guide/step.md': page('title: Step\nparent: Guide'),
  });
  const step = between(site.read('guide/step.html'), 'id="site-nav"', '</nav>');
  assert.is(step.match(/class="nav-list-link active" aria-current="page"/g)?.length, 1);
  assert.ok(step.includes('<a href="/guide/step.html" class="nav-list-link active" aria-current="page">Step</a>'));
  assert.is(step.match(/class="nav-list-item active"/g)?.length, 2);
  assert.ok(step.includes('aria-label="Guide submenu" aria-expanded="true"'));
  const home = between(site.read('index.html'), 'id="site-nav"', '</nav>');
  assert.ok(home.includes('<a href="/" class="nav-list-link active" aria-current="page">Home</a>'));
  assert.is(home.match(/class="nav-list-item active"/g)?.length, 1);
});

test.run();
