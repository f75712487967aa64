import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite } from './helpers/site.js';

const CONFIG = 'title: Old Docs\ntheme: just-the-docs\ntimezone: UTC\n';
const page = (front: string, body = 'Body.\n') => `---\n${front}\n---\n${body}`;

/** A default layout in the shape just-the-docs 0.2–0.3 shipped (one file, the nav through nav.html). */
const OLD_DEFAULT_LAYOUT = `<!DOCTYPE html>
<html lang="{{ site.lang | default: 'en-US' }}">
{% include head.html %}
<body>
  <div class="side-bar">
    <a href="{{ '/' | absolute_url }}" class="site-title">{% include title.html %}</a>
    <nav role="navigation" aria-label="Main" id="site-nav" class="site-nav">
      {% include nav.html pages=site.html_pages %}
      {% for collection in site.collections %}{% include nav.html pages=collection.docs key=collection.label %}{% endfor %}
    </nav>
  </div>
  <div id="main-content" class="main-content" role="main">
    {% include vendor/anchor_headings.html html=content beforeHeading="true" anchorBody="#" anchorClass="anchor-heading" %}
    {% include footer_custom.html %}
  </div>
</body>
</html>
`;

function siteNav(html: string): string {
  const start = html.indexOf('id="site-nav"');
  return html.slice(start, html.indexOf('</nav>', start));
}

test('an old default layout that includes nav.html pages=... gets the nav, marked for the page, once', async () => {
  const site = await buildSite({
    '_config.yml': CONFIG,
    '_layouts/default.html': OLD_DEFAULT_LAYOUT,
    'index.md': page('layout: default\ntitle: Home\nnav_order: 1'),
    'guide.md': page('layout: default\ntitle: Guide\nnav_order: 2'),
    'step.md': page('layout: default\ntitle: Step\nparent: Guide', '## Part one\n'),
  });
  assert.equal(site.error, null);
  const nav = siteNav(site.read('step.html'));
  assert.equal(nav.split('<a href="/step.html" class="nav-list-link active" aria-current="page">Step</a>').length, 2, nav);
  assert.equal(nav.split('>Home</a>').length, 2, 'each page listed once');
  assert.match(site.read('step.html'), /<h2 id="part-one"><a href="#part-one" class="anchor-heading"/);
});

test('components/nav.html (0.7–0.9) gives the same nav as nav.html', async () => {
  const layout = OLD_DEFAULT_LAYOUT.replace('{% include nav.html pages=site.html_pages %}', '{% include components/nav.html pages=site.html_pages %}');
  const files = { 'index.md': page('layout: default\ntitle: Home'), 'a.md': page('layout: default\ntitle: A') };
  const viaNew = await buildSite({ '_config.yml': CONFIG, '_layouts/default.html': layout, ...files });
  const viaOld = await buildSite({ '_config.yml': CONFIG, '_layouts/default.html': OLD_DEFAULT_LAYOUT, ...files });
  assert.equal(siteNav(viaNew.read('a.html')), siteNav(viaOld.read('a.html')));
});

test('sorted_pages.html assigns sorted_pages: numeric nav_order, then string nav_order, then by title', async () => {
  const site = await buildSite({
    '_config.yml': CONFIG,
    'list.html': page('title: List', '{% include sorted_pages.html pages=site.html_pages %}{% for p in sorted_pages %}{{ p.title }};{% endfor %}'),
    'b.md': page('title: Bee\nnav_order: 2'),
    'a.md': page('title: Ant\nnav_order: 10'),
    'c.md': page('title: Cat\nnav_order: "x"'),
    'd.md': page('title: Dog'),
    'untitled.md': page('nav_order: 0'),
  });
  assert.equal(site.error, null);
  assert.equal(site.read('list.html').trim(), 'Bee;Ant;Cat;Dog;List;');
});

test('head_nav.html (0.6) is there and renders nothing', async () => {
  const site = await buildSite({ '_config.yml': CONFIG, 'x.html': page('title: X', '[{% include head_nav.html %}]') });
  assert.equal(site.read('x.html').trim(), '[]');
});

test("a site's own nav.html from 0.4 is called with pages and key, as that version did", async () => {
  const site = await buildSite({
    '_config.yml': CONFIG + 'defaults: [{scope: {path: ""}, values: {layout: default}}]\n',
    '_includes/nav.html': '<ul class="nav-list old">{% for p in include.pages %}{% if p.title %}<li>{{ p.title }}</li>{% endif %}{% endfor %}</ul>',
    'index.md': page('title: Home'),
    'about.md': page('title: About'),
  });
  assert.equal(site.error, null);
  assert.match(site.read('about.html'), /<ul class="nav-list old">(<li>(Home|About)<\/li>){2}<\/ul>/);
});

test('config and front matter oddities build as Jekyll reads them', async () => {
  const site = await buildSite({
    '_config.yml': 'title:\ntheme: just-the-docs\ncolor_scheme: nil\naux_links:\ndefaults: [{scope: {path: ""}, values: {layout: default}}]\n',
    'index.md': page('title: 42\nhas_children: True'),
    'child.md': page('title: 7\nparent: 42\ngrand_parent:'),
    'dup.md': page('title: First\ntitle: Second'),
  });
  assert.equal(site.error, null);
  const home = site.read('index.html');
  assert.match(home, /just-the-docs-default\.css/);
  assert.not.match(home, /aux-nav/);
  assert.match(home, /<a href="\/child\.html" class="nav-list-link">7<\/a>/, 'numeric parent matches numeric title');
  assert.match(home, />Second<\/a>/, 'the last of duplicate keys wins');
});

test('aux_links given as one string: one link, the key as its text', async () => {
  const site = await buildSite({
    '_config.yml': 'title: T\ntheme: just-the-docs\naux_links:\n  GitHub: https://github.com/x/y\ndefaults: [{scope: {path: ""}, values: {layout: default}}]\n',
    'index.md': page('title: Home'),
  });
  assert.match(site.read('index.html'), /<a href="https:\/\/github\.com\/x\/y" class="site-button"\s*>\s*GitHub\s*<\/a>/);
});

test.run();
