import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createMarkdown } from '../lib/markdown/index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/markdown');

interface Fixture {
  file: string;
  description: string;
  input: string;
  expected: string;
}

/** markdown-it's fixture format: a description, then `.`-separated input and output. */
function loadFixtures(file: string): Fixture[] {
  const lines = readFileSync(join(FIXTURES, file), 'utf8').split('\n');
  const fixtures: Fixture[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i].trim() === '') { i++; continue; }
    const description = lines[i++];
    const sections: string[][] = [[], []];
    for (const section of sections) {
      if (lines[i] !== '.') throw new Error(`${file}: expected "." before ${description}`);
      i++;
      while (i < lines.length && lines[i] !== '.') section.push(lines[i++]);
    }
    i++;
    fixtures.push({ file, description, input: sections[0].join('\n') + '\n', expected: sections[1].join('\n') });
  }
  return fixtures;
}

function normalise(html: string): string {
  return html.replace(/\s+/g, ' ').replace(/>\s+</g, '><').trim();
}

const renderer = createMarkdown({});
for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).sort()) {
  for (const fixture of loadFixtures(file)) {
    test(`${file.replace('.txt', '')}: ${fixture.description}`, () => {
      assert.is(normalise(renderer.render(fixture.input)), normalise(fixture.expected));
    });
  }
}

test('a setext underline makes a heading of one line only; after a longer paragraph it stays text, as in kramdown', () => {
  const cases: [string, string][] = [
    ['K\n---\n', '<h2 id="k">K</h2>'],
    ['A\nB\n---\n', '<p>A\nB\n—</p>'],
    ['C\nD\n===\n', '<p>C\nD\n===</p>'],
    ['E\nF\n___\n', '<p>E\nF\n___</p>'],
    ['G\nH\n* * *\n', '<p>G\nH</p>\n<hr />'],
    ['I\nJ\n- \n', '<p>I\nJ</p>\n<ul>\n<li></li>\n</ul>'],
  ];
  for (const [source, html] of cases) assert.is(normalise(renderer.render(source)), normalise(html), JSON.stringify(source));
});

test('a document of nothing but white space is one line break, as kramdown writes it; one of only definitions is empty', () => {
  for (const blank of ['', '\n\n', '   \n', '\t\n']) assert.is(renderer.render(blank), '\n', JSON.stringify(blank));
  assert.is(renderer.render('*[abbr]: x\n'), '');
  assert.is(renderer.render('{:.x}\n'), '');
});

test('options: auto_ids off and auto_id_prefix', () => {
  assert.is(createMarkdown({ auto_ids: false }).render('# A\n').trim(), '<h1>A</h1>');
  assert.is(createMarkdown({ auto_id_prefix: 'x-' }).render('# A\n').trim(), '<h1 id="x-a">A</h1>');
});

test('options: toc_levels limits the table of contents', () => {
  const html = createMarkdown({ toc_levels: '2..2' }).render('* x\n{:toc}\n\n## A\n\n### B\n');
  assert.ok(html.includes('markdown-toc-a'));
  assert.not.ok(html.includes('markdown-toc-b'));
});

test('options: smart_quotes picks the quote characters', () => {
  const html = createMarkdown({ smart_quotes: 'apos,apos,quot,quot' }).render('"a" \'b\'\n');
  assert.is(html.trim(), '<p>"a" \'b\'</p>');
});

test('options: hard_wrap turns newlines into <br />', () => {
  assert.is(createMarkdown({ hard_wrap: true }).render('a\nb\n').trim(), '<p>a<br />\nb</p>');
});

test('options: footnote_nr and footnote_backlink', () => {
  const html = createMarkdown({ footnote_nr: 5, footnote_backlink: '^' }).render('a[^x]\n\n[^x]: n\n');
  assert.ok(html.includes('>5</a></sup>'));
  assert.ok(html.includes('<ol start="5">'));
  assert.ok(html.includes('role="doc-backlink">^</a>'));
});

test('options: syntax_highlighter none leaves plain pre/code', () => {
  const markdown = createMarkdown({ syntax_highlighter: null });
  assert.is(markdown.render('```ruby\nx\n```\n').trim(), '<pre><code class="language-ruby">x\n</code></pre>');
  assert.is(markdown.render('`x`\n').trim(), '<p><code>x</code></p>');
});

test('options: a highlighter supplies lexer decisions and spans', () => {
  const markdown = createMarkdown({
    highlight: {
      findLexer: (lang) => (lang === 'Ruby' ? 'ruby' : lang === 'plaintext' ? 'plaintext' : null),
      highlight: (code, lexer) => `<span class="${lexer}">${code}</span>`,
    },
  });
  assert.ok(markdown.render('```Ruby\nx\n```\n').includes('<code><span class="ruby">x\n</span></code>'));
  assert.ok(markdown.render('```ruby\nx\n```\n').includes('<pre><code class="language-ruby">'));
});

test('options: without a math engine math stays in kdmath elements', () => {
  assert.ok(createMarkdown({ math_engine: null }).render('a $$x$$\n').includes('<span class="kdmath">$$x$$</span>'));
});

test('smartify applies quotes and symbols to a plain string', () => {
  const markdown = createMarkdown({});
  assert.is(markdown.smartify('"Hi" -- it\'s <b>me</b>...'), '“Hi” – it’s <b>me</b>…');
});

test('smartify keeps backslashes, as SmartyPants input has no escapes', () => {
  const markdown = createMarkdown({});
  assert.is(markdown.smartify('& a < b *x* `c` \\" \'q\''), '&amp; a &lt; b *x* `c` \\” ‘q’');
});

test('one renderer renders many documents independently', () => {
  const markdown = createMarkdown({});
  assert.is(markdown.render('# A\n').trim(), '<h1 id="a">A</h1>');
  assert.is(markdown.render('# A\n').trim(), '<h1 id="a">A</h1>');
  assert.ok(!markdown.render('b[^1]\n').includes('footnotes'));
});

test.run();
