import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ASCII_MEMBERS, asciiSource } from '../lib/highlight/ascii-pattern.js';
import { requiredFirstChar } from '../lib/highlight/first-char.js';
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

test('ASCII patterns: each property stands for exactly its ASCII characters, with and without the i flag', () => {
  for (const [name, members] of Object.entries(ASCII_MEMBERS)) {
    for (const flags of ['u', 'iu']) {
      const property = new RegExp(`^\\p{${name}}$`, flags);
      const ascii = new RegExp(`^[${members}]$`, flags);
      for (let code = 0; code < 0x80; code += 1) {
        const char = String.fromCharCode(code);
        assert.is(ascii.test(char), property.test(char), `${name} /${flags} on ${JSON.stringify(char)}`);
      }
    }
  }
});

test('ASCII patterns: properties replaced inside and outside classes; none without u, with \\P or an unknown property', () => {
  assert.is(asciiSource(String.raw`[\p{L}_-][\p{L}\p{M}\p{Nd}-]*`, 'u'), '[A-Za-z_-][A-Za-z0-9-]*');
  assert.is(asciiSource(String.raw`#\p{L}+[^\p{Cf}]`, 'u'), '#[A-Za-z]+[^]');
  assert.is(asciiSource(String.raw`\\p{L}`, 'u'), String.raw`\\p{L}`);
  assert.is(asciiSource(String.raw`\p{L}`, ''), null);
  assert.is(asciiSource(String.raw`\P{L}`, 'u'), null);
  assert.is(asciiSource(String.raw`\p{Lu}`, 'u'), null);
  assert.is(asciiSource('abc', 'u'), null);
});

test('first character of a pattern: a plain or escaped literal that is not optional, else none', () => {
  const first = (pattern: RegExp) => {
    const code = requiredFirstChar(pattern);
    return code === null ? null : String.fromCharCode(code);
  };
  assert.is(first(/\{/), '{');
  assert.is(first(/#[0-9a-f]{1,6}/i), '#');
  assert.is(first(/url\(.*?\)/), 'u');
  assert.is(first(/\n+/), '\n');
  assert.is(first(/a{2}b/), 'a');
  assert.is(first(/a?b/), null);
  assert.is(first(/a*b/), null);
  assert.is(first(/a{0,2}b/), null);
  assert.is(first(/a|b/), null);
  assert.is(first(/a(?:b|c)/), 'a');
  assert.is(first(/a[|]/), 'a');
  assert.is(first(/url/i), null);
  assert.is(first(/[ab]/), null);
  assert.is(first(/\d/), null);
  assert.is(first(/^a/), null);
  assert.is(first(/(?=a)a/), null);
});

test.run();
