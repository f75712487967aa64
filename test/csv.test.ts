import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CsvError, parseDelimited } from '../lib/csv/index.js';

// Expected values measured with Ruby 3.1 / csv 3.2.5: CSV.read(path, headers: true).map(&:to_hash).

test('each row becomes a hash keyed by the header row, all values strings', () => {
  const text = 'sku,name,price,notes\nA-1,Widget,9.99,\nB-2,"Gadget, large",19.50,"Contains ""quotes"""\nC-3,Gizmo,100,ships free\n';
  assert.equal(parseDelimited(text, ','), [
    { sku: 'A-1', name: 'Widget', price: '9.99', notes: null },
    { sku: 'B-2', name: 'Gadget, large', price: '19.50', notes: 'Contains "quotes"' },
    { sku: 'C-3', name: 'Gizmo', price: '100', notes: 'ships free' },
  ]);
});

test('TSV files split on tabs', () => {
  assert.equal(parseDelimited('player\tscore\tlevel\nmei\t1200\t3\nraj\t950\t2\n', '\t'), [
    { player: 'mei', score: '1200', level: '3' },
    { player: 'raj', score: '950', level: '2' },
  ]);
  assert.equal(parseDelimited('a\tb\n1\t"q\tr"\n\t\n', '\t'), [{ a: '1', b: 'q\tr' }, { a: null, b: null }]);
});

test('an empty unquoted field is nil; a quoted empty field is an empty string', () => {
  assert.equal(parseDelimited('a,b,c\n1,,""\n', ','), [{ a: '1', b: null, c: '' }]);
});

test('CRLF files, line breaks inside quotes, blank lines, short and long rows', () => {
  const text = 'a,b,c\r\n1,,""\r\n"x\r\ny","he said ""hi""",3\r\n\r\n4,5\r\n6,7,8,9\r\n';
  assert.equal(parseDelimited(text, ','), [
    { a: '1', b: null, c: '' },
    { a: 'x\r\ny', b: 'he said "hi"', c: '3' },
    { a: null, b: null, c: null },
    { a: '4', b: '5', c: null },
    { a: '6', b: '7', c: '8', '': '9' },
  ]);
});

test('the last line needs no line break, and an empty file has no rows', () => {
  assert.equal(parseDelimited('a,b\n1,2', ','), [{ a: '1', b: '2' }]);
  assert.equal(parseDelimited('', ','), []);
  assert.equal(parseDelimited('a,b\n', ','), []);
});

test('a repeated header keeps the first value; an empty header cell is the nil key', () => {
  assert.equal(parseDelimited('a,a,b\n1,2,3\n', ','), [{ a: '1', b: '3' }]);
  assert.equal(parseDelimited(',b\n1,2\n', ','), [{ '': '1', b: '2' }]);
});

test('spaces around fields are kept', () => {
  assert.equal(parseDelimited('a , b\n 1 , 2 \n', ','), [{ 'a ': ' 1 ', ' b': ' 2 ' }]);
});

test('a byte order mark stays in the first header, as Jekyll reads data files as plain UTF-8', () => {
  assert.equal(parseDelimited('\uFEFFa,b\n1,2\n', ','), [{ '\uFEFFa': '1', b: '2' }]);
});

test('malformed CSV is an error naming the line, as Ruby reports it', () => {
  assert.throws(() => parseDelimited('a,b\n1,"unterminated\n', ','), (e: unknown) => e instanceof CsvError && e.message === 'Unclosed quoted field in line 2.');
  assert.throws(() => parseDelimited('a,b\n1,x"y\n', ','), (e: unknown) => e instanceof CsvError && e.message === 'Illegal quoting in line 2.');
  assert.throws(() => parseDelimited('a,b\r\n1,2\n3,4\r\n', ','), (e: unknown) => e instanceof CsvError && /Unquoted fields do not allow new line/.test(e.message));
});

test.run();
