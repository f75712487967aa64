import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadHighlighter } from '../lib/highlight/index.js';
import { createMarkdown } from '../lib/markdown/index.js';

/*
 * kramdown's layout of its HTML, byte for byte: the expected strings are what kramdown 2.4.0 with Jekyll's options
 * (GFM input, Rouge 3.30) wrote for each text.
 */
const rouge = await loadHighlighter();
const markdown = createMarkdown({
  highlight: { findLexer: (lang) => rouge.findLexer(lang), highlight: (code, lexer) => rouge.highlightCode(code, lexer) },
});

const CASES: Array<[name: string, source: string, html: string]> = [
  ["blank lines between blocks are empty lines", "# a\n\npara\n", "<h1 id=\"a\">a</h1>\n\n<p>para</p>\n"],
  ["a list item ending in blank lines moves them after the list", "* a\n* b\n\n\npara\n", "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n\n<p>para</p>\n"],
  ["nested blocks are indented two spaces a level; a blank line after a nested list stays in its item", "1. x\n   * y\n\n   z\n2. w\n", "<ol>\n  <li>x\n    <ul>\n      <li>y</li>\n    </ul>\n\n    <p>z</p>\n  </li>\n  <li>w</li>\n</ol>\n"],
  ["a blank line that ends a quote stays inside it", "> a\n>\n", "<blockquote>\n  <p>a</p>\n\n</blockquote>\n"],
  ["blank lines at the start and the end of the page", "\n\n# x\n\n\n", "\n<h1 id=\"x\">x</h1>\n\n"],
  ["table rows and cells are indented by depth", "| a | b |\n|---|---|\n| 1 | 2 |\n", "<table>\n  <thead>\n    <tr>\n      <th>a</th>\n      <th>b</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td>1</td>\n      <td>2</td>\n    </tr>\n  </tbody>\n</table>\n"],
  ["a highlighted code block in an item indents the wrapper's end tag too", "* a\n\n  ```ruby\n  x\n  ```\n", "<ul>\n  <li>\n    <p>a</p>\n\n    <div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code><span class=\"n\">x</span>\n</code></pre></div>    </div>\n  </li>\n</ul>\n"],
  ["blocks parsed inside an HTML element are indented one level deeper", "<div markdown=\"1\">\n# h\n</div>\n", "<div>\n  <h1 id=\"h\">h</h1>\n</div>\n"],
  ["footnotes are laid out as kramdown lays them out, after the blank line the definition leaves", "a[^1]\n\n[^1]: note\n", "<p>a<sup id=\"fnref:1\" role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\" rel=\"footnote\">1</a></sup></p>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:1\" role=\"doc-endnote\">\n      <p>note <a href=\"#fnref:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n  </ol>\n</div>\n"],
  ["a table of contents puts a nested list after the entry's text", "* x\n{:toc}\n\n# A\n\n## B\n", "<ul id=\"markdown-toc\">\n  <li><a href=\"#a\" id=\"markdown-toc-a\">A</a>    <ul>\n      <li><a href=\"#b\" id=\"markdown-toc-b\">B</a></li>\n    </ul>\n  </li>\n</ul>\n\n<h1 id=\"a\">A</h1>\n\n<h2 id=\"b\">B</h2>\n"],
  ["definition lists: blank lines between definitions belong to them", "term\n: def\n\nt2\n: d2\n\npara\n", "<dl>\n  <dt>term</dt>\n  <dd>def</dd>\n  <dt>t2</dt>\n  <dd>d2</dd>\n</dl>\n\n<p>para</p>\n"],
  ["blank lines around a link definition make one empty line", "a\n\n[l]: u\n\nb\n", "<p>a</p>\n\n<p>b</p>\n"],
  ["a code span keeps its line break; only a span of two or more backticks loses a space at each end", "use `npm\nfund`, `` a ``, ` b` and ``a```b``\n", "<p>use <code class=\"language-plaintext highlighter-rouge\">npm\nfund</code>, <code class=\"language-plaintext highlighter-rouge\">a</code>, ` b<code class=\"language-plaintext highlighter-rouge\"> and </code><code class=\"language-plaintext highlighter-rouge\">a</code><code class=\"language-plaintext highlighter-rouge\">b</code></p>\n"],
  ["a line break keeps the next line's indentation and the spaces before it; two spaces make <br />", "a \nb\n   c   \nd\n", "<p>a \nb\n   c <br />\nd</p>\n"],
  ["blank lines that meet around a link definition after a list make one empty line", "* a\n\n[x]: y\n\n# h\n", "<ul>\n  <li>a</li>\n</ul>\n\n<h1 id=\"h\">h</h1>\n"],
  ["a lazy line of a list item keeps its indentation", "- If there is a list\n (If folders are named\n- b\n", "<ul>\n  <li>If there is a list\n (If folders are named</li>\n  <li>b</li>\n</ul>\n"],
  ["a page whose last line has no line break is read as if it had one", "<!-- x -->", "<!-- x -->\n"],
  ["the line break after a script element is a blank line", "<script>\n  var x = 1 < 2;\n</script>\n", "<script>\n  var x = 1 < 2;\n</script>\n\n"],
  ["attribute lines leave the blank lines around them", "a\n{: .note}\n\n{: .warning}\nb\n", "<p class=\"note\">a</p>\n\n<p class=\"warning\">b</p>\n"],
  ["a definition list keeps the blank line its terms had above them", "A definition list:\n\nTerm one\n: Definition\n", "<p>A definition list:</p>\n\n<dl>\n  <dt>Term one</dt>\n  <dd>Definition</dd>\n</dl>\n"],
  ["a table of contents ending an HTML element is followed by an empty line", "<details markdown=\"1\">\n<summary>T</summary>\n\n* x\n{:toc}\n</details>\n\n# A\n", "<details>\n  <summary>T</summary>\n\n<ul id=\"markdown-toc\">\n  <li><a href=\"#a\" id=\"markdown-toc-a\">A</a></li>\n</ul>\n\n</details>\n\n<h1 id=\"a\">A</h1>\n"],
];

for (const [name, source, html] of CASES) {
  test(`layout as kramdown: ${name}`, () => {
    assert.is(markdown.render(source), html);
  });
}

test.run();
