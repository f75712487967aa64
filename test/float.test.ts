import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RubyFloat, formatFloat, makeFloat } from '../lib/values/float.js';

test('floats print the way Ruby prints them', () => {
  assert.is(formatFloat(1), '1.0');
  assert.is(formatFloat(2.5), '2.5');
  assert.is(formatFloat(-0), '-0.0');
  assert.is(formatFloat(1e20), '1.0e+20');
  assert.is(formatFloat(1.5e-7), '1.5e-07');
  assert.is(formatFloat(0.0001), '0.0001');
  assert.is(formatFloat(1234567.0), '1234567.0');
});

test('an integral float keeps printing as a float', () => {
  assert.is(String(makeFloat(3)), '3.0');
  assert.is(String(makeFloat(3.25)), '3.25');
  assert.ok(new RubyFloat(2).equals(2));
  assert.ok(new RubyFloat(2).lt(2.5));
});

test.run();
