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

test('a GitHub Pages site pinning just-the-docs 0.3 by remote_theme, with messy nav data', async () => {
  const site = await buildSite({
    '_config.yml': 'title: Pinned\nremote_theme: just-the-docs/just-the-docs@v0.3.3\nplugins: [jekyll-remote-theme, jekyll-seo-tag, jemoji]\n',
    'index.md': page('layout: default\ntitle: Home\nnav_order: 1', '# Home\n\nRead [the setup](docs/setup.md).\n'),
    'docs/setup.md': '# Setup\n\nNo front matter; [back](../index.md).\n',
    'docs/config.md': page('layout: default\ntitle: Config\nnav_order: "2"\nhas_children: true'),
    'docs/options.md': page('layout: default\ntitle: Options\nparent: Config\nnav_order: 1'),
    'docs/options2.md': page('layout: default\ntitle: Options\nparent: Config'),
    'docs/lost.md': page('layout: default\ntitle: Lost\nparent: Configuration'),
  });
  assert.equal(site.error, null);
  const nav = siteNav(site.read('index.html')).replace(/<button[^>]*>.*?<\/button>/g, '').replace(/ class="[^"]*"| aria-current="page"/g, '');
  assert.equal(
    nav.slice(nav.indexOf('<ul')),
    '<ul><li><a href="/">Home</a></li><li><a href="/docs/config.html">Config</a><ul><li><a href="/docs/options.html">Options</a></li><li><a href="/docs/options2.html">Options</a></li></ul></li><li><a href="/docs/setup.html">Setup</a></li></ul> ',
  );
  assert.match(site.read('index.html'), /<a href="\/docs\/setup\.html">the setup<\/a>/);
  assert.match(site.read('docs/setup.html'), /<a href="\/">back<\/a>/);
  assert.equal(site.messages.filter((m) => m.includes('jemoji')).length, 0);
});

test("a site overriding the default layout in 0.4's shape and nav.html from 0.4", async () => {
  const layout = `<!DOCTYPE html>
<html lang="{{ site.lang | default: 'en-US' }}">
{% include head.html %}
<body>
  <a class="skip-to-main" href="#main-content">Skip to main content</a>
  {% include icons/icons.html %}
  {% include components/sidebar.html %}
  <div class="main" id="top">
    {% include components/header.html %}
    <div id="main-content-wrap" class="main-content-wrap">
      {% include components/breadcrumbs.html %}
      <div id="main-content" class="main-content" role="main">
        {{ content }}
        {% include components/children_nav.html %}
        {% include components/footer.html %}
      </div>
    </div>
    {% include components/search_footer.html %}
  </div>
</body>
</html>
`;
  const site = await buildSite({
    '_config.yml': CONFIG + 'defaults: [{scope: {path: ""}, values: {layout: default}}]\n',
    '_layouts/default.html': layout,
    '_includes/nav.html': '<ul class="nav-list v04">{% assign titled = include.pages | where_exp: "p", "p.title != nil" | where_exp: "p", "p.parent == nil" | sort: "nav_order" %}{% for p in titled %}<li class="nav-list-item{% if page.url == p.url %} active{% endif %}"><a href="{{ p.url | relative_url }}" class="nav-list-link">{{ p.title }}</a></li>{% endfor %}</ul>',
    'index.md': page('title: Home\nnav_order: 1'),
    'about.md': page('title: About\nnav_order: 2'),
    'about/team.md': page('title: Team\nparent: About'),
  });
  assert.equal(site.error, null);
  const html = site.read('about.html');
  assert.match(html, /<ul class="nav-list v04"><li class="nav-list-item"><a href="\/" class="nav-list-link">Home<\/a><\/li><li class="nav-list-item active"><a href="\/about.html"/);
  assert.match(html, /id="main-content-wrap"/);
  assert.match(html, /href="\/about\/team.html">Team<\/a>/, 'children_nav lists the child');
});

test.run();
