import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createMarkdown } from '../lib/markdown/index.js';

// Markdown behaviours the just-the-docs reference sites depend on (measured with kramdown 2.4).

test('a block IAL after a blank line applies to the next block, not to the list above it', () => {
  const md = createMarkdown({});
  const html = md.render('1. one\n2. two\n\n{: .note }\nA paragraph.\n');
  // kramdown 2.4: <ol> without a class, then <p class="note">
  assert.ok(html.startsWith('<ol>'));
  assert.ok(html.includes('<p class="note">A paragraph.</p>'));
});

test('a block IAL directly under a list still applies to the list', () => {
  const md = createMarkdown({});
  assert.ok(md.render('* one\n* two\n{: .tight }\n').startsWith('<ul class="tight">'));
});

test('a span IAL after inline HTML applies to that element (classes added, other attributes set)', () => {
  const md = createMarkdown({});
  assert.ok(md.render('<span>New</span>{: .label .label-green } Text.\n').includes('<span class="label label-green">New</span> Text.'));
  assert.ok(md.render('<span class="a" id="x">N</span>{: .b #y} t\n').includes('<span class="a b" id="y">N</span> t'));
});

test.run();
