import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SiteError } from '../lib/errors/site-error.js';
import { buildSite } from './helpers/site.js';

const config = 'timezone: UTC\nbaseurl: /base\n';

test('link resolves a page, a post and a static file by source path, with baseurl', async () => {
  const site = await buildSite({
    '_config.yml': config,
    'docs/guide.md': '---\n---\nGuide\n',
    '_posts/2023-05-01-hello.md': '---\n---\nHi\n',
    'img/logo.png': 'PNG',
    'page.html': '---\n---\n{% link docs/guide.md %}|{% link _posts/2023-05-01-hello.md %}|{% link img/logo.png %}|{% assign p = "docs/guide.md" %}{% link {{ p }} %}',
  });
  assert.is(site.read('page.html'), '/base/docs/guide.html|/base/2023/05/01/hello.html|/base/img/logo.png|/base/docs/guide.html');
});

test('link to a missing file stops the build naming the path', async () => {
  const site = await buildSite({ '_config.yml': config, 'page.html': '---\n---\n{% link nope.md %}' });
  assert.instance(site.error, SiteError);
  assert.match((site.error as SiteError).message, "Could not find document 'nope.md' in tag 'link'");
});

test('post_url finds posts by date and slug, also in subfolders of _posts', async () => {
  const site = await buildSite({
    '_config.yml': config,
    '_posts/2023-05-01-hello.md': '---\n---\nHi\n',
    '_posts/guides/2023-06-01-deep.md': '---\n---\nDeep\n',
    'page.html': '---\n---\n{% post_url 2023-05-01-hello %} {% post_url guides/2023-06-01-deep %}',
  });
  assert.is(site.read('page.html'), '/base/2023/05/01/hello.html /base/2023/06/01/deep.html');
});

test('include_relative reads next to the page and cannot leave the site', async () => {
  const ok = await buildSite({
    '_config.yml': config,
    'docs/page.html': '---\n---\n[{% include_relative snippets/a.txt %}]',
    'docs/snippets/a.txt': 'A',
  });
  assert.is(ok.read('docs/page.html'), '[A]');
  const escape = await buildSite({ '_config.yml': config, 'page.html': '---\n---\n{% include_relative ../secret.txt %}' });
  assert.instance(escape.error, SiteError);
  assert.match((escape.error as SiteError).message, 'Invalid syntax for include_relative tag');
});

test('include passes parameters as include.*, and assigns inside leak to the caller', async () => {
  const site = await buildSite({
    '_config.yml': config,
    '_includes/card.html': '{% assign leaked = "yes" %}<b>{{ include.title }}/{{ include.n }}/{{ include.q }}</b>',
    'page.html': '---\nt: Page T\n---\n{% include card.html title=page.t n=42 q="say \\"hi\\"" %} {{ leaked }}',
  });
  assert.is(site.read('page.html'), '<b>Page T/42/say "hi"</b> yes');
});

test('include_cached renders once per file and parameters for the whole build', async () => {
  const site = await buildSite({
    '_config.yml': config,
    '_includes/footer.html': '{{ page.title }}',
    'a.html': '---\ntitle: A\n---\n{% include_cached footer.html %}',
    'b.html': '---\ntitle: B\n---\n{% include_cached footer.html %}|{% include_cached footer.html x="1" %}',
  });
  assert.is(site.read('a.html'), 'A');
  assert.is(site.read('b.html'), 'A|B');
});

test('include_cached takes its file name from Liquid, each page its own', async () => {
  const site = await buildSite({
    '_config.yml': config,
    '_includes/a-note.html': 'note A',
    '_includes/b-note.html': 'note B',
    'a.html': '---\nwhich: a\n---\n{% include_cached {{ page.which }}-note.html %}',
    'b.html': '---\nwhich: b\n---\n{% include_cached {{ page.which }}-note.html %}',
  });
  assert.is(site.read('a.html'), 'note A');
  assert.is(site.read('b.html'), 'note B');
});

test('highlight wraps Rouge markup in figure.highlight, renders Liquid inside, and linenos gives a table', async () => {
  const site = await buildSite({
    '_config.yml': config,
    'page.html': '---\n---\n{% highlight ruby %}\nputs {{ 1 | plus: 1 }}\n{% endhighlight %}\n{% highlight text linenos %}\na\n{% endhighlight %}',
  });
  const html = site.read('page.html');
  assert.match(html, '<figure class="highlight"><pre><code class="language-ruby" data-lang="ruby"><span class="nb">puts</span> <span class="mi">2</span></code></pre></figure>');
  assert.match(html, '<table class="rouge-table"><tbody><tr><td class="gutter gl">');
});

test('raw leaves Liquid untouched', async () => {
  const site = await buildSite({ '_config.yml': config, 'page.html': '---\n---\n{% raw %}{{ x }}{% endraw %}' });
  assert.is(site.read('page.html'), '{{ x }}');
});


test('highlight in a Markdown page is wrapped in line breaks (the converter\'s highlighter prefix and suffix), as Jekyll 4.3.1 writes it', async () => {
  const site = await buildSite({
    '_config.yml': config,
    'page.md': '---\n---\nBefore\n{% highlight ruby %}\nx = 1\n{% endhighlight %}\nAfter {{ highlighter_prefix | size }}\n',
    'other.html': '---\n---\n[{{ highlighter_prefix }}]',
  });
  assert.is(
    site.read('page.html'),
    '<p>Before</p>\n\n<figure class="highlight"><pre><code class="language-ruby" data-lang="ruby"><span class="n">x</span> ' +
      '<span class="o">=</span> <span class="mi">1</span></code></pre></figure>\n\n<p>After 1</p>\n',
  );
  assert.is(site.read('other.html'), '[]');
});

test.run();
