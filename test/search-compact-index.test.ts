import { createRequire } from 'node:module';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { varintReader } from '../lib/search/browser/decode-varints.js';
import { readCompactIndex, postingsOf } from '../lib/search/browser/read-compact-index.js';
import { separatorTest } from '../lib/search/browser/separator-test.js';
import { textTools } from '../lib/search/browser/text-tools.js';
import { buildCompactIndex } from '../lib/search/build-compact-index.js';
import { fieldWordsFor } from '../lib/search/field-words.js';
import { SearchCache } from '../lib/search/search-cache.js';
import type { SearchDocument } from '../lib/search/search-data.js';
import { searchSettings } from '../lib/search/search-settings.js';
import { encodeVarints, frontCode } from '../lib/search/varint-text.js';
import { wordTerms } from '../lib/search/word-terms.js';
import { random } from './helpers/seeded-random.js';

const lunr = createRequire(import.meta.url)('lunr');

function entry(title: string, content: string, relUrl: string): SearchDocument {
  return { doc: title, title, content, url: relUrl, relUrl };
}

function read(docs: SearchDocument[], index: ReturnType<typeof buildCompactIndex>) {
  const spec = JSON.parse(JSON.stringify(index));
  return readCompactIndex(textTools(lunr, docs, spec.fields.map((f: [string, number]) => f[0]), separatorTest(/[\s\-/]+/)), spec);
}

test('varints: any non-negative integer round-trips, as text that needs no escaping in JSON or JavaScript', () => {
  const values = [0, 1, 44, 45, 46, 2024, 45 * 45 - 1, 45 * 45, 1_000_000, 2 ** 31 - 1];
  const text = encodeVarints(values);
  assert.ok(!/["\\\u0000-\u001f]/.test(text), text);
  assert.is(JSON.stringify(text), `"${text}"`);
  const next = varintReader(text);
  const read: number[] = [];
  while (next.more()) read.push(next());
  assert.equal(read, values);
});

test('front coding: sorted terms with shared prefixes, digits and non-ASCII characters come back unchanged', () => {
  const terms = ['', '0', '1.2', 'a', 'con', 'config', 'configur', 'école', 'x'.repeat(80), 'x'.repeat(81), 'é'].sort();
  let previous = '';
  const decoded = frontCode(terms).map((coded) => (previous = previous.slice(0, coded.charCodeAt(0) - 48) + coded.slice(1)));
  assert.equal(decoded, terms);
});

test('the index holds lunr\'s terms, term frequencies and field lengths, without positions', () => {
  const docs = [entry('Colours', 'Dark colours and light colours. The dark mode.', '/colours/'), entry('Navigation', 'Navigating pages; nav order 2.', '/nav/')];
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.ref('id');
  const fields = ['title', 'content', 'relUrl'];
  fields.forEach((field) => builder.field(field));
  docs.forEach((d, i) => builder.add({ id: String(i), title: d.title, content: d.content, relUrl: d.relUrl }));
  const shipped = buildCompactIndex(docs, searchSettings({}), new SearchCache(), lunr);
  const index = read(docs, shipped);
  assert.equal(index.terms, Object.keys(builder.invertedIndex).sort());
  index.terms.forEach((term, t) => {
    const expected: number[] = [];
    docs.forEach((_, d) => fields.forEach((field, f) => {
      const tf = builder.fieldTermFrequencies[`${field}/${d}`][term];
      if (tf) expected.push(d * 3 + f, tf);
    }));
    assert.equal(Array.from(postingsOf(index, t)), expected, term);
  });
  assert.equal(Array.from(index.lengths), docs.flatMap((_, d) => fields.map((field) => builder.fieldLengths[`${field}/${d}`])));
  assert.not.ok(JSON.stringify(shipped).includes('position'));
});

test('words at build time: for any separator, the words of random texts are lunr\'s tokenizer\'s', () => {
  const separators = [/[\s\-/]+/, /[\s\-]+/, /[^a-z0-9]+/i, /[\s,.;:!?]/, /\s+|-/, /[\s\-/]+/g, /[\s\u00e9]+/u];
  const alphabet = ['a', 'B', 'z', '0', ' ', '  ', '\n', '\t', '-', '/', ',', '.', 'é', 'É', 'İ', '\u00a0', '\u2028', '😀', '\ud83d', '_'];
  const next = random(7);
  for (const separator of separators) {
    const words = fieldWordsFor(separator);
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const found: string[] = [];
      words(text, (word) => found.push(word));
      lunr.tokenizer.separator = separator;
      assert.equal(found, lunr.tokenizer(text).map(String), `${separator} on ${JSON.stringify(text)}`);
    }
  }
  lunr.tokenizer.separator = /[\s\-]+/;
});

test('terms at build time: each word becomes what lunr\'s pipeline makes of it, edges trimmed, stop words dropped, stems', () => {
  const pipeline = lunr.Pipeline.load(['trimmer', 'stopWordFilter', 'stemmer']);
  const termOf = wordTerms(lunr);
  const next = random(7);
  const alphabet = ['a', 'e', 'i', 'n', 'g', 's', 'y', '_', '0', '.', '(', ')', "'", 'é', '’', '-'];
  const randomWords = Array.from({ length: 400 }, () => Array.from({ length: 1 + Math.floor(next() * 9) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
  const words = ['the', 'and', 'running', 'configuration', '(config)', "'quoted'", '__init__', '…', 'école', 'constructor', 'x', '42', ...randomWords];
  for (const word of words) {
    const out = pipeline.run([new lunr.Token(word, {})]);
    assert.is(termOf(word), out.length === 0 ? null : out[0].toString(), word);
  }
});

test('rebuilds: entries kept from the previous build reuse their terms and give the index a fresh build gives', () => {
  const settings = searchSettings({});
  const cache = new SearchCache();
  const first = [entry('One', 'alpha beta', '/one/'), entry('Two', 'gamma delta', '/two/')];
  buildCompactIndex(first, settings, cache, lunr);
  const second = [first[0], entry('Two', 'gamma epsilon', '/two/'), entry('Three', 'zeta', '/three/')];
  assert.equal(buildCompactIndex(second, settings, cache, lunr), buildCompactIndex(second, settings, new SearchCache(), lunr));
  const otherSeparator = searchSettings({ search: { tokenizer_separator: '/[\\s]+/' } });
  const hyphen = [entry('A-B', 'x-y', '/a-b/')];
  buildCompactIndex(hyphen, settings, cache, lunr);
  assert.equal(buildCompactIndex(hyphen, otherSeparator, cache, lunr), buildCompactIndex(hyphen, otherSeparator, new SearchCache(), lunr));
  assert.ok(buildCompactIndex(hyphen, otherSeparator, cache, lunr).terms.length < buildCompactIndex(hyphen, settings, cache, lunr).terms.length);
});

test('rebuilds: an index patched entry by entry over random edits equals one made anew', () => {
  const settings = searchSettings({});
  const cache = new SearchCache();
  const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu'];
  let seed = 11;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const text = (): string => Array.from({ length: 1 + random(6) }, () => words[random(words.length)]).join(' ');
  let docs = Array.from({ length: 12 }, (_, i) => entry(`T${i} ${text()}`, text(), `/p${i}/`));
  for (let step = 0; step < 60; step++) {
    docs = docs.slice();
    const i = random(docs.length);
    const kind = random(4);
    if (kind === 0) docs[i] = entry(docs[i].title as string, text(), docs[i].relUrl);
    else if (kind === 1) docs[i] = entry(`Renamed ${text()}`, docs[i].content, docs[i].relUrl);
    else if (kind === 2) docs.splice(i, 0, entry(`New ${step}`, text(), `/n${step}/`));
    else if (docs.length > 2) docs.splice(i, 1);
    if (step % 7 === 0) docs[random(docs.length)] = entry(`word${step} unique${step}`, `only${step}`, `/u${step}/`);
    assert.equal(buildCompactIndex(docs, settings, cache, lunr), buildCompactIndex(docs, settings, new SearchCache(), lunr), `step ${step}`);
  }
});

test.run();
