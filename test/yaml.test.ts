import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadYaml, YamlError } from '../lib/yaml/index.js';
import { RubyFloat } from '../lib/values/float.js';
import { RubyDate, RubyTime } from '../lib/values/time.js';
import { TimeZone } from '../lib/time/zone.js';

// Expected values were measured with Ruby 3.1 / Psych 4.0.4:
// Psych.safe_load(text, permitted_classes: [Date, Time], aliases: true) under TZ=America/New_York.
const NEW_YORK = 'America/New_York';
const load = (text: string, timezone: string | null = NEW_YORK) => loadYaml(text, { filename: 'test.yml', timezone });
const value = (scalar: string) => (load(`v: ${scalar}`) as Record<string, unknown>).v;

test('a YAML `yes`/`on`/`true` is true and `no`/`off`/`false` is false, in any letter case, as in Jekyll', () => {
  for (const word of ['yes', 'Yes', 'YES', 'yEs', 'on', 'On', 'ON', 'true', 'True', 'tRuE']) assert.is(value(word), true, word);
  for (const word of ['no', 'NO', 'nO', 'off', 'OFF', 'false', 'FALSE']) assert.is(value(word), false, word);
});

test('`y`, `n` and other short words stay strings', () => {
  for (const word of ['y', 'Y', 'n', 'N', 'nil', 'yess']) assert.is(value(word), word);
});

test('booleans as mapping keys become the keys "true"/"false"', () => {
  assert.equal(load('off: no\nyes: 1\non: 2'), { false: false, true: 2 });
});

test('`~`, `null` in any case and an empty value are nil', () => {
  for (const word of ['~', 'null', 'Null', 'NULL', 'nUll']) assert.is(value(word), null, word);
  assert.equal(load('a:\nb: ""'), { a: null, b: '' });
});

test('integers are read the YAML 1.1 way: octal, hex, binary, underscores, commas', () => {
  assert.is(value('0777'), 511);
  assert.is(value('01234'), 668);
  assert.is(value('+0777'), 511);
  assert.is(value('0x1F'), 31);
  assert.is(value('-0x1F'), -31);
  assert.is(value('0b101'), 5);
  assert.is(value('1_000'), 1000);
  assert.is(value('1,000'), 1000);
  assert.is(value('012_3'), 83);
  assert.is(value('+12'), 12);
  assert.is(value('12345678901'), 12345678901);
});

test('things that look almost like integers stay strings', () => {
  for (const text of ['0o17', '0X1F', '09', '08', '1__0', '0x', '0b2', '1e3', '1E+3', '1.0e3', '1:70', '1.2.3', '.', '-.']) {
    assert.is(value(text), text, text);
  }
});

test('sexagesimal numbers: `1:20` is 4800 (Psych weights the first part by 3600) and `12:30:45` is 45045', () => {
  assert.is(value('1:20'), 4800);
  assert.is(value('1:20:30'), 4830);
  assert.is(value('12:30:45'), 45045);
  assert.is(value('-1:20'), -2400);
  assert.equal(value('1:20.5'), new RubyFloat(4830));
  assert.is(value('1:2:3.5'), 3723.5);
});

test('floats: `1.0` stays a Float that prints `1.0`, `1.10` is 1.1', () => {
  assert.equal(value('1.0'), new RubyFloat(1));
  assert.equal(value('1.'), new RubyFloat(1));
  assert.is(String(value('1.0')), '1.0');
  assert.is(value('1.10'), 1.1);
  assert.is(value('.5'), 0.5);
  assert.is(value('-.5'), -0.5);
  assert.is(value('0.5e-3'), 0.0005);
  assert.equal(value('1.0e+3'), new RubyFloat(1000));
  assert.is(value('1_000.5'), 1000.5);
  assert.is(value('1,000.5'), 1000.5);
  assert.is(String(value('-0.0')), '-0.0');
});

test('`.inf`, `-.inf` and `.nan` in any case are special floats', () => {
  assert.is(value('.inf'), Infinity);
  assert.is(value('.INF'), Infinity);
  assert.is(value('+.inf'), Infinity);
  assert.is(value('-.inf'), -Infinity);
  assert.ok(Number.isNaN(value('.NaN')));
});

test('a date-only value is a Date; an impossible date stays a string', () => {
  assert.equal(value('2024-02-29'), new RubyDate(2024, 2, 29));
  assert.equal(value('2023-4-5'), new RubyDate(2023, 4, 5));
  assert.is(value('2023-02-29'), '2023-02-29');
  assert.is(value('2023-13-01'), '2023-13-01');
  assert.is(String(value('2024-02-29')), '2024-02-29');
});

test('a time without an offset is read as UTC and shown in the site timezone', () => {
  const t = value('2023-04-05 14:07:09') as RubyTime;
  assert.ok(t instanceof RubyTime);
  assert.is(t.epochMs, Date.UTC(2023, 3, 5, 14, 7, 9));
  assert.is(t.offsetSeconds, -4 * 3600);
  assert.is(t.zone, 'EDT');
  assert.is(String(t), '2023-04-05 10:07:09 -0400');
  assert.is(String(value('2023-04-05T14:07:09')), '2023-04-05 10:07:09 -0400');
  assert.is(String(value('2023-04-05t14:07:09')), '2023-04-05 10:07:09 -0400');
  assert.is(String(value('2023-4-5 4:07:09')), '2023-04-05 00:07:09 -0400');
  const tokyo = loadYaml('v: 2023-04-05 14:07:09', { filename: 'x', timezone: TimeZone.load('Asia/Tokyo') }) as { v: RubyTime };
  assert.is(String(tokyo.v), '2023-04-05 23:07:09 +0900');
  assert.is(tokyo.v.zone, 'JST');
});

test('a time with an offset keeps that offset and has no zone name', () => {
  const t = value('2023-04-05 14:07:09 +01:00') as RubyTime;
  assert.is(String(t), '2023-04-05 14:07:09 +0100');
  assert.is(t.zone, null);
  assert.is(t.epochMs, Date.UTC(2023, 3, 5, 13, 7, 9));
  assert.is(String(value('2023-04-05 14:07:09+0100')), '2023-04-05 14:07:09 +0100');
  assert.is(String(value('2023-04-05 14:07:09 -05')), '2023-04-05 14:07:09 -0500');
  assert.is(String(value('2023-04-05 10:00:00 +130')), '2023-04-05 10:00:00 +1300');
  // Psych gives the minutes the sign of the hours, and `-0` hours are not negative.
  assert.is(String(value('2023-04-05 10:00:00 -0:30')), '2023-04-05 10:00:00 +0030');
});

test('a time ending in Z is a UTC time, printed with "UTC"', () => {
  const t = value('2023-04-05 14:07:09Z') as RubyTime;
  assert.is(t.isUtc, true);
  assert.is(t.zone, 'UTC');
  assert.is(String(t), '2023-04-05 14:07:09 UTC');
  assert.is(String(value('2023-04-05 14:07:09 Z')), '2023-04-05 14:07:09 UTC');
});

test('fractional seconds are kept to the nanosecond', () => {
  const t = value('2023-04-05 14:07:09.123456789') as RubyTime;
  assert.is(t.nanosecond, 123456789);
  assert.is((value('2023-04-05 14:07:09.5 +01:00') as RubyTime).nanosecond, 500000000);
});

test('out-of-range time fields roll over or leave a string, as Ruby Time.utc does', () => {
  assert.is(String(value('2023-02-30 10:00:00')), '2023-03-02 05:00:00 -0500');
  assert.is(String(value('2023-04-31 14:07:09')), '2023-05-01 10:07:09 -0400');
  assert.is(String(value('2023-04-05 24:00:00')), '2023-04-05 20:00:00 -0400');
  assert.is(String(value('2023-04-05 23:59:60')), '2023-04-05 20:00:00 -0400');
  for (const text of ['2023-04-05 23:60:00', '2023-04-05 25:00:00', '2023-13-05 10:00:00', '2023-04-32 14:07:09', '2023-04-05 24:01:00', '2023-04-05 10:00:00 +24:00']) {
    assert.is(value(text), text, text);
  }
});

test('quoted and block scalars are always strings', () => {
  assert.equal(load('a: "yes"\nb: \'12\'\nc: |\n  yes\nd: >\n  12\n'), { a: 'yes', b: '12', c: 'yes\n', d: '12\n' });
});

test('explicit tags: !!str keeps text, !!int/!!float convert, unknown local tags resolve normally', () => {
  assert.is(value('!!str 123'), '123');
  assert.is(value('!!int "12"'), 12);
  assert.is(value('!!int 0x10'), 16);
  assert.equal(value('!!float 1'), new RubyFloat(1));
  assert.equal(value('!!float "1"'), new RubyFloat(1));
  assert.is(value('!!bool yes'), true);
  assert.is(value('!!null ""'), null);
  assert.is(value('!foo bar'), 'bar');
  assert.is(value('!!binary aGVsbG8='), 'hello');
  assert.equal(value('!!omap [a: 1, b: 2]'), { a: 1, b: 2 });
});

test('Ruby objects, symbols and sets are refused as by safe loading', () => {
  for (const text of [':sym', '!ruby/object:Foo {}', '!!set {a, b}']) {
    assert.throws(() => value(text), (e: unknown) => e instanceof YamlError && /Tried to load unspecified class/.test(e.message));
  }
});

test('merge keys: `<<: *base` copies the anchored hash and later keys override it', () => {
  const config = load('base: &b {a: 1, b: 2}\no:\n  <<: *b\n  b: 3') as Record<string, unknown>;
  assert.equal(config.o, { a: 1, b: 3 });
  assert.equal(config.base, { a: 1, b: 2 });
});

test('a merge key written after a key overrides it, as Psych merges in order', () => {
  assert.equal(load('o:\n  b: 3\n  <<: {a: 1, b: 2}'), { o: { b: 2, a: 1 } });
});

test('a merge list gives priority to the first hash', () => {
  assert.equal(load('o:\n  <<: [{a: 1}, {a: 2, c: 3}]'), { o: { a: 1, c: 3 } });
});

test('a quoted "<<" still merges, and a merge of a non-hash is an ordinary key', () => {
  assert.equal(load('o:\n  "<<": {a: 1}'), { o: { a: 1 } });
  assert.equal(load('o:\n  <<: 5'), { o: { '<<': 5 } });
});

test('aliases share the anchored value', () => {
  const doc = load('a: &x [1, 2]\nb: *x') as { a: unknown; b: unknown };
  assert.is(doc.a, doc.b);
});

test('duplicate keys are allowed and the last one wins', () => {
  assert.equal(load('a: 1\na: 2'), { a: 2 });
});

test('date, float and number keys are written the way Ruby prints them', () => {
  assert.equal(Object.keys(load('2024-01-01: x\n1.5: y\n1.0: z\n7: w') as object).sort(), ['1.0', '1.5', '2024-01-01', '7']);
});

test('only the first document is read; an empty document is nil', () => {
  assert.equal(load('---\na: 1\n---\nb: 2'), { a: 1 });
  assert.is(load(''), null);
  assert.is(load('# just a comment\n'), null);
  assert.is(load('--- 5'), 5);
});

test('a syntax error names the file, the line counted in the whole file, the column and the line text', () => {
  try {
    loadYaml('title: ok\nv: [a, b\n', { filename: '_posts/x.md', lineOffset: 1, timezone: null });
    assert.unreachable('should throw');
  } catch (e) {
    assert.ok(e instanceof YamlError);
    assert.is(e.filename, '_posts/x.md');
    assert.ok(e.line >= 3, `line ${e.line}`);
    assert.ok(e.column >= 1);
    assert.type(e.sourceLine, 'string');
  }
  try {
    load('a: 1\nb: :sym');
    assert.unreachable('should throw');
  } catch (e) {
    assert.ok(e instanceof YamlError);
    assert.is(e.line, 2);
    assert.is(e.column, 4);
    assert.is(e.sourceLine, 'b: :sym');
  }
});

test('an invalid prefixed integer is an error, as Ruby Integer() raises', () => {
  assert.throws(() => value('0b_'), /invalid value for Integer/);
});

test('the data-and-config case: YAML 1.1 values as Jekyll shows them', () => {
  const yaml11 = load('comments: yes\nsharing: off\ncountry: NO\nzip: 01234\nduration: 12:30:45\nscientific: 1e3\nunderscored: 1_000\nhex: 0x1F\n');
  assert.equal(yaml11, { comments: true, sharing: false, country: false, zip: 668, duration: 45045, scientific: '1e3', underscored: 1000, hex: 31 });
  const config = load('launch_date: 2021-09-15\nlaunch_time: 2021-09-15 10:00:00 +09:00\nversion_number: 1.10\nratio: 0.75\n', 'Asia/Tokyo') as Record<string, unknown>;
  assert.equal(config.launch_date, new RubyDate(2021, 9, 15));
  assert.is(String(config.launch_time), '2021-09-15 10:00:00 +0900');
  assert.is(config.version_number, 1.1);
});

test.run();
