/**
 * Filters, printing and operators against output measured with Jekyll 4.3.1 (JEKYLL.md §2.8).
 * Each case: what the user sees, the template, and what Jekyll printed for it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { makeFloat } from '../lib/values/float.js';
import { createEngine, renderWith } from './liquid-helpers/render.js';

const render = renderWith(createEngine({ url: 'https://example.com', baseurl: '/docs' }, 'Europe/London'));

const data = {
  items: [
    { title: 'A', parent: null, nav_order: 1 },
    { title: 'B', parent: 'A', nav_order: 2 },
    { title: 'C', nav_order: '10' },
    { title: 10, parent: 'A' },
    { title: 'E' },
  ],
  mixed: [{ v: '10' }, { v: 9 }, { v: 'b' }, { v: null }, { v: makeFloat(2.5) }, { v: 'a' }],
  letters: ['a', 'b', 'c', 'd'],
  spaced: [{ v: ' 10' }, { v: '-3' }, { v: '9' }, { v: '.5' }, { v: '\u00a05' }, { v: 'x' }, { v: '\t7 ' }],
  onef: makeFloat(1),
  numkeys: new Map<unknown, unknown>([['b', 1], [10, 'x'], [2, null], ['a', [1, makeFloat(2)]]]),
};

const CASES: [string, string, string][] = [
  ['T01 split on " " splits on runs of whitespace (literal \\n is not an escape: T37)', '{{ "a  b\\n c" | split: " " | join: "|" }}', 'a|b\\n|c'],
  ['T02 group_by names missing and nil values "" and counts items', '{% assign g = site.data.items | group_by: "parent" %}{% for x in g %}[{{ x.name }}:{{ x.size }}]{% endfor %}', '[:3][A:2]'],
  ['T03 where_exp keeps items whose expression is truthy', '{{ site.data.items | where_exp: "i", "i.parent" | size }}', '2'],
  ['T04 sort puts nil properties first', '{{ site.data.items | sort: "parent" | map: "title" | join: "," }}', 'A,C,E,B,10'],
  ['T05/T25 sort compares numeric strings as numbers and mixed types by to_s', '{{ site.data.mixed | sort: "v" | map: "v" | join: "," }}', ',2.5,9,10,a,b'],
  ['T06 jsonify of nil is null; hash keys keep insertion order', '{{ nil | jsonify }}|{{ site.data.numkeys | jsonify }}', 'null|{"b":1,"10":"x","2":null,"a":[1,2.0]}'],
  ['T07/T40 divided_by floors integers; times 1.0 makes a float', '{{ 7 | divided_by: 2 }}|{{ 10 | divided_by: 3 | times: 1.0 }}', '3|3.0'],
  ['T09 pop and shift take a count', '{{ site.data.letters | pop: 2 | join: "" }}|{{ site.data.letters | shift: 2 | join: "" }}', 'ab|cd'],
  ['sort and where read numbers padded with ASCII whitespace, not with a no-break space (Ruby\'s \\s)', '{{ site.data.spaced | sort: "v" | map: "v" | join: "," }}|{{ site.data.spaced | where: "v", 7 | size }}', '-3,.5,\t7 ,9, 10,x,\u00a05|1'],
  ['T10/T34 where compares string forms', '{{ site.data.items | where: "nav_order", "1" | size }}|{{ site.data.items | where: "title", 10 | size }}', '1|1'],
  ['T11/T33 floats keep their .0', '{{ site.data.onef }}|{{ 3 | times: 1.0 }}', '1.0|3.0'],
  ['T12/T39 hashes print as Ruby inspect, also inside sentences', '{{ site.data.numkeys }}|{{ site.data.items | array_to_sentence_string }}', '{"b"=>1, 10=>"x", 2=>nil, "a"=>[1, 2.0]}|{"title"=>"A", "parent"=>nil, "nav_order"=>1}, {"title"=>"B", "parent"=>"A", "nav_order"=>2}, {"title"=>"C", "nav_order"=>"10"}, {"title"=>10, "parent"=>"A"}, and {"title"=>"E"}'],
  ['T29 xml_escape writes &apos;', `{{ "'" | xml_escape }}`, '&apos;'],
  ['T31 to_integer reads leading digits, else 0', '{{ "12abc" | to_integer }}|{{ "foo" | to_integer }}', '12|0'],
  ['T32 size of an integer is 8, of a float 0, of a hash its key count', '{{ 12345 | size }}|{{ 1.5 | size }}|{{ site.data.numkeys | size }}', '8|0|4'],
  ['L14 first/last of a string print nothing; first of a hash is its first pair', '{{ "abc" | first }}|{{ "abc" | last }}|{{ site.data.numkeys | first }}', '||b1'],
  ['T24 for over a hash keeps insertion order', '{% for p in site.data.numkeys %}{{ p[0] }}{% endfor %}', 'b102a'],
  ['inspect is Ruby inspect, XML-escaped', '{{ "a,b" | split: "," | inspect }}|{{ "x\\ty#@z" | inspect }}|{{ 2.0 | inspect }}', '[&quot;a&quot;, &quot;b&quot;]|&quot;x\\\\ty\\#@z&quot;|2.0'],
  ['small floats print in exponent form; float division is exact decimal', '{{ 0.000012 | times: 1 }}|{{ 2 | divided_by: 3.0 }}', '1.2e-05|0.6666666666666666'],
  ['modulo takes the divisor sign; round halves away from zero; negative places round integers', '{{ -7 | modulo: 3.5 }}|{{ 7 | modulo: -3 }}|{{ 5.5 | round }}|{{ -5.5 | round: 0 }}|{{ 1234 | round: -2 }}', '0.0|-2|6|-6|1200'],
  ['slugify with an unknown mode only downcases; latin transliterates like I18n', '{{ "Hello World" | slugify: "bogus" }}|{{ "Ærø ÿ ſ ŉ" | slugify: "latin" }}', 'hello world|aero-y-n'],
  ['truncatewords counts trailing whitespace as a following word; truncate 0 is the ellipsis', '{{ "a b" | truncatewords: 1 }}|{{ "a " | truncatewords: 1 }}|{{ "x" | truncate: 0 }}', 'a...|a...|...'],
  ['replace expands \\0 to the match; split of "" is empty', '{{ "hello" | replace: "l", "\\0\\0" }}|{{ "" | split: "," | size }}', 'hellllo|0'],
  ['T28 relative_url removes dot segments and normalises percent-encoding', '{{ "/a/../b/./c" | relative_url }}|{{ "?x=%41+b&y=%2B" | relative_url }}|{{ "/A%7ez" | relative_url }}', '/docs/b/c|/docs/?x=A+b&y=%2B|/docs/A~z'],
  ['URLs with a scheme are left alone', '{{ "mailto:a@b.c" | relative_url }}|{{ "HTTPS://Ex.COM:443/p" | absolute_url }}', 'mailto:a@b.c|HTTPS://Ex.COM:443/p'],
  ['sort_natural of mixed values; inspect of a hash', '{{ site.data.items | map: "title" | sort_natural | first }}|{{ site.data.items | first | inspect }}', '10|{&quot;title&quot;=&gt;&quot;A&quot;, &quot;parent&quot;=&gt;nil, &quot;nav_order&quot;=&gt;1}'],
  ['contains on arrays of hashes and on hash keys; 1 == 1.0', '{% if site.data.items contains "x" %}y{% else %}n{% endif %}|{% if site.data.numkeys contains "10" %}y{% else %}n{% endif %}|{% if 1 == 1.0 %}y{% endif %}', 'n|n|y'],
  ['literals print the Ruby way', '{{ true | append: 1.0 }}|{{ 2.50 }}|{{ -0.0 }}|{{ site.data.items[0] | jsonify }}', 'true1.0|2.5|-0.0|{"title":"A","parent":null,"nav_order":1}'],
  ['T14 date keeps a written offset; integers are Unix times in the site zone', '{{ "now" | date: "%Y" | size }}|{{ 1700000000 | date: "%F %T %z" }}|{{ "2023-05-01T10:00:00+02:00" | date: "%F %T %z" }}', '4|2023-11-14 22:13:20 +0000|2023-05-01 10:00:00 +0200'],
  ['group_by_exp groups nil and missing together under nil', '{{ site.data.items | group_by_exp: "i", "i.parent" | map: "name" | jsonify }}', '[null,"A"]'],
  ['default passes non-empty values; allow_false: false still replaces false', '{{ "a" | default: site.data.letters | join: "" }}|{{ false | default: "x", allow_false: false }}', 'a|x'],
  ['url_encode is CGI.escape; url_decode leaves bad escapes; base64 of UTF-8', '{{ "café" | url_encode }}|{{ "a%zzb+c" | url_decode }}|{{ "é" | base64_encode }}', 'caf%C3%A9|a%zzb c|w6k='],
  ['strip_html drops comments; newline_to_br keeps the newline', '{{ "<p>x</p><!-- y -->z" | strip_html }}|{{ "a\\r\\nb" | newline_to_br | size }}', 'xz|6'],
];

for (const [name, template, expected] of CASES) {
  test(name, () => {
    assert.is(render(template, { site: { data } }), expected);
  });
}

test('sort without a property raises on values Ruby cannot compare', () => {
  assert.throws(() => render('{{ site.data.items | map: "title" | sort }}', { site: { data } }), /comparison of/);
});

test('comparing a string with a number raises as Liquid does', () => {
  assert.throws(() => render('{% if "a" < 1 %}y{% endif %}'), /comparison of String with 1 failed/);
});

test('integer and float division by zero raise "divided by 0"', () => {
  assert.throws(() => render('{{ 5 | divided_by: 0 }}'), /divided by 0/);
  assert.throws(() => render('{{ 5.0 | modulo: 0 }}'), /divided by 0/);
});

test('== empty is true for "", [] and {} but never for nil; == blank is never true', () => {
  const scope = { s: '', a: [], h: {}, n: null };
  assert.is(render('{% if s == empty %}1{% endif %}{% if a == empty %}2{% endif %}{% if h == empty %}3{% endif %}{% if n == empty %}4{% endif %}', scope), '123');
  assert.is(render('{% if s == blank %}1{% endif %}{% if n == blank %}2{% endif %}', scope), '');
});

test('where_exp never matches == empty (Jekyll MethodLiteral)', () => {
  const scope = { list: [{ t: [] }, { t: ['x'] }] };
  assert.is(render('{{ list | where_exp: "i", "i.t == empty" | size }}|{{ list | where_exp: "i", "i.t.size == 0" | size }}', scope), '0|1');
});

test('T22 and/or group from the right', () => {
  assert.is(render('{% if false and false or true %}t{% else %}f{% endif %}{% if true or false and false %}t{% else %}f{% endif %}'), 'ft');
});

test('filters Jekyll lacks pass the value through', () => {
  assert.is(render('{{ "a b" | squish }}|{{ 3 | sum }}'), 'a b|3');
});

test.run();
