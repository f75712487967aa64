import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Liquid, Tokenizer } from '../lib/liquid/liquidjs.js';
import { TextScanningTokenizer } from '../lib/liquid/text-scanning-tokenizer.js';
import { random } from './helpers/seeded-random.js';

const options = new Liquid().options;

/** Each top-level token as kind, span and trimming; or the error a tokenizer threw. */
function tokensOf(make: (text: string) => Tokenizer, text: string): unknown {
  try {
    return make(text)
      .readTopLevelTokens(options)
      .map((token) => {
        const { kind, begin, end } = token;
        const { trimLeft, trimRight } = token as { trimLeft?: number; trimRight?: number };
        return [kind, begin, end, trimLeft, trimRight];
      });
  } catch (error) {
    return String(error);
  }
}

function sameTokens(text: string): void {
  const liquidjs = tokensOf((t) => new Tokenizer(t, options.operators), text);
  const scanning = tokensOf((t) => new TextScanningTokenizer(t, options.operators), text);
  assert.equal(scanning, liquidjs, JSON.stringify(text));
}

test('text scanning gives liquidjs’s top-level tokens: tags, outputs, raw, trimming, text at the ends', () => {
  const texts = [
    '',
    'plain text',
    '{{ a }}',
    'a {{ b }} c {% if x %}d{% endif %} e',
    'a {{- b -}} c {%- if x -%} d {%- endif -%}',
    'a {% raw %} {{ not }} {% endraw %} b {{ c }}',
    'ends with {',
    'ends with {{',
    'a { b } c % d {%',
    '{% comment %} x {% endcomment %}{{a}}{{b}}',
    'x {{ a }}'.repeat(50) + ' tail',
    '{%raw%}{%endraw%}{%raw%}{{{%endraw%}',
  ];
  for (const text of texts) sameTokens(text);
});

test('text scanning gives liquidjs’s top-level tokens on random texts', () => {
  const next = random(7);
  const pieces = ['{', '}', '%', '-', ' ', '\n', 'a', '{{', '}}', '{%', '%}', ' raw ', ' endraw ', 'x'];
  for (let i = 0; i < 3000; i += 1) {
    let text = '';
    const length = Math.floor(next() * 24);
    for (let j = 0; j < length; j += 1) text += pieces[Math.floor(next() * pieces.length)];
    sameTokens(text);
  }
});

test.run();
