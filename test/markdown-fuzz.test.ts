import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createMarkdown } from '../lib/markdown/index.js';
import { random as seededRandom } from './helpers/seeded-random.js';

const PIECES = [
  '# ', '## ', '- ', '1. ', '> ', '    ', '```', '```ruby', '~~~', '\n', '\n\n', '{: .x}', '{:toc}', '{: #id', '{:a: .b}',
  '"', "'", '--', '---', '...', '<<', '>>', '\\', '*', '**', '_', '`', '[', ']', '(', ')', '[^1]', '[^1]: ', '*[AB]: t',
  'AB', '$$', '$', '<div markdown="1">', '</div>', '<span>', '<!--', '-->', '{::comment}', '{:/}', '{::nomarkdown}',
  '{::options auto_ids="false" /}', '|', '|---|', '- [ ] ', '- [x] ', 'text', 'word ', 'é', '日本', '&amp;', '&', '<', '>',
  ':', '1)', '***', '~~', '<details>', '</details>', '<p markdown="span">', '</p>', '\t', '  ',
  ': ', '\n: ', '|===|', '|:-:|', '`a|b`', '\\|', '2024. ', '* ', '+ ', '<em>', '</em>', '</section>', '<section>',
  '](', '![', ' "t")', '(<a b>)', '\\\\\n', '^\n',
];

function randomDocument(random: () => number): string {
  const length = 1 + Math.floor(random() * 60);
  let doc = '';
  for (let i = 0; i < length; i++) doc += PIECES[Math.floor(random() * PIECES.length)];
  return doc;
}

test('render never throws on random kramdown-flavoured input (seeded, 2000 documents)', () => {
  const markdown = createMarkdown({});
  const random = seededRandom(20240611);
  for (let i = 0; i < 2000; i++) {
    const doc = randomDocument(random);
    try {
      const html = markdown.render(doc);
      assert.type(html, 'string');
    } catch (error) {
      assert.unreachable(`document ${i} threw ${String(error)}: ${JSON.stringify(doc)}`);
    }
  }
});

test('smartify never throws on random input (seeded, 500 strings)', () => {
  const markdown = createMarkdown({});
  const random = seededRandom(7);
  for (let i = 0; i < 500; i++) assert.type(markdown.smartify(randomDocument(random)), 'string');
});

test.run();
