import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { addAgreements, agreementPercent, measureAgreement, type Agreement } from '../lib/highlight/agreement.js';
import { createFullHighlighter } from '../lib/highlight/lexer-catalog.js';
import { findRougeLexer, loadHighlighter } from '../lib/highlight/index.js';
import type { Token } from '../lib/highlight/token.js';

/** Reference output of Rouge 3.30 for the samples under test/fixtures/highlight/samples. */
interface ReferenceSample {
  name: string;
  lexer: string;
  code: string;
  tokens: [string, string][];
  html: string;
  table: string;
}

const FIXTURES = join('test', 'fixtures', 'highlight');
const reference = JSON.parse(readFileSync(join(FIXTURES, 'rouge-reference.json'), 'utf8')) as {
  samples: ReferenceSample[];
};
const highlighter = createFullHighlighter();
const BAR_PERCENT = 90;

function referenceTokens(sample: ReferenceSample): Token[] {
  return sample.tokens.map(([cls, text]) => ({ cls, text }));
}

test('findRougeLexer: tags and aliases, exact case, options, unknown', () => {
  assert.is(findRougeLexer('ruby'), 'ruby');
  assert.is(findRougeLexer('rb'), 'ruby');
  assert.is(findRougeLexer('bash'), 'shell');
  assert.is(findRougeLexer('sh'), 'shell');
  assert.is(findRougeLexer('js'), 'javascript');
  assert.is(findRougeLexer('yml'), 'yaml');
  assert.is(findRougeLexer('text'), 'plaintext');
  assert.is(findRougeLexer('console?lang=bash'), 'console');
  assert.is(findRougeLexer('Ruby'), null);
  assert.is(findRougeLexer('mermaid'), null);
  assert.is(findRougeLexer('toString'), null);
  assert.is(findRougeLexer(''), null);
});

test('character agreement with Rouge per language meets the bar', () => {
  const perLanguage = new Map<string, Agreement>();
  for (const sample of reference.samples) {
    const actual = highlighter.tokenize(sample.code, sample.lexer);
    const agreement = measureAgreement(referenceTokens(sample), actual);
    perLanguage.set(sample.lexer, addAgreements(perLanguage.get(sample.lexer) ?? { same: 0, total: 0 }, agreement));
  }
  let overall: Agreement = { same: 0, total: 0 };
  for (const [lexer, agreement] of perLanguage) {
    overall = addAgreements(overall, agreement);
    console.log(`  highlight agreement ${lexer.padEnd(11)} ${agreementPercent(agreement).toFixed(1)}%`);
    assert.ok(agreementPercent(agreement) >= BAR_PERCENT, `${lexer} below ${BAR_PERCENT}%`);
  }
  console.log(`  highlight agreement ${'overall'.padEnd(11)} ${agreementPercent(overall).toFixed(1)}%`);
  assert.ok(agreementPercent(overall) >= BAR_PERCENT);
});

for (const sample of reference.samples) {
  test(`same HTML as Rouge: ${sample.name}`, () => {
    assert.fixture(highlighter.highlightCode(sample.code, sample.lexer), sample.html);
  });
  test(`same line-number table as Rouge: ${sample.name}`, () => {
    assert.fixture(highlighter.highlightWithLineNumbers(sample.code, sample.lexer), sample.table);
  });
}

test('lexer without a re-implementation: escaped code, no spans', () => {
  assert.is(highlighter.highlightCode('a < b && c', 'haskell'), 'a &lt; b &amp;&amp; c');
});

test('line-number table without a final newline, and Jekyll’s classes', () => {
  assert.is(
    highlighter.highlightWithLineNumbers('a\nb', 'plaintext', { gutterClass: 'gutter', codeClass: 'code' }),
    '<table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1\n2\n</pre></td>' +
      '<td class="code"><pre>a\nb\n</pre></td></tr></tbody></table>',
  );
});

test('loadHighlighter loads only the lexers asked for, plus those they delegate to', async () => {
  const lazy = await loadHighlighter(['html']);
  assert.is(
    lazy.highlightCode('<script>let a</script>', 'html'),
    '<span class="nt">&lt;script&gt;</span><span class="kd">let</span> <span class="nx">a</span><span class="nt">&lt;/script&gt;</span>',
  );
  assert.throws(() => lazy.highlightCode('x', 'ruby'), /prepare/);
  await lazy.prepare(['ruby']);
  assert.is(lazy.highlightCode('def x', 'ruby'), '<span class="k">def</span> <span class="nf">x</span>');
  assert.is(lazy.highlightCode('a<b', 'haskell'), 'a&lt;b');
});

test.run();
