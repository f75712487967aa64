/**
 * jtd renders Liquid with its own generator-free walker (lib/liquid/sync-render.ts). Every template here is
 * rendered by it and by liquidjs's own renderer, on engines otherwise alike: the output, or the error, is the same.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Drop, type Liquid } from '../lib/liquid/liquidjs.js';
import { installSyncRenderer, renderTemplates } from '../lib/liquid/sync-render.js';
import { ForTag } from '../lib/liquid/tags/for.js';
import { createEngine } from './liquid-helpers/render.js';
import { Random } from './fuzz/random.js';

function engine(walker: boolean, strictVariables = false): Liquid {
  const liquid = createEngine({ title: 'Site' });
  liquid.options.strictVariables = strictVariables;
  liquid.registerTag('for', ForTag);
  if (walker) installSyncRenderer(liquid);
  return liquid;
}

test('the walker is in use with the liquidjs jtd installs (it steps aside for one whose nodes differ)', () => {
  const renderer = (engine(true) as unknown as { renderer: { renderTemplates: unknown } }).renderer;
  assert.is(renderer.renderTemplates, renderTemplates);
});

const SCOPE = {
  site: { title: 'Docs', pages: [{ title: 'A', nav_order: 2 }, { title: 'B' }, { title: 'C', nav_order: 1 }], empty_list: [], tags: { x: [1, 2] } },
  page: { title: 'Home', url: '/a/b/', list: ['x', 'y', 'z'], count: 3, flag: false, nothing: null, meta: { size: 'big', first: 'f', last: 'l' }, counts: { a: 1, b: 2 } },
};

const TEMPLATES: Record<string, string> = {
  text: 'plain text only',
  output: '{{ page.title }} {{ site.title | upcase }} {{ page.missing }}|{{ page.nothing }}|{{ page.flag }}',
  'output of arrays and numbers': '{{ page.list }} {{ page.count | plus: 0.5 }} {{ site.pages | size }} {{ page.list.first }}-{{ page.list.last }}',
  'bracket and dotted access': '{{ page["title"] }} {{ page.list[1] }} {{ page.list[-1] }} {% assign k = "url" %}{{ page[k] }} {{ site.tags.x.size }}',
  'filters with arguments': '{{ page.title | append: "!" | prepend: page.url | replace: "/", "-" | truncate: 8, "…" }}',
  'keyword arguments': '{{ site.pages | where: "title", "B" | map: "title" | join: "," }} {{ "a b" | split: " " | join: "+" }}',
  'default is lenient in conditions': '{% if page.missing | default: true %}yes{% endif %}{{ page.missing.deeper | default: "d" }}',
  'if elsif else': '{% if page.flag %}1{% elsif page.count > 5 %}2{% elsif page.count == 3 and page.title contains "Ho" %}3{% else %}4{% endif %}',
  'empty blank and nil': '{% if site.empty_list == empty %}e{% endif %}{% if page.nothing == nil %}n{% endif %}{% if "" == blank %}b{% endif %}{% if page.list != empty %}l{% endif %}',
  'unless with else': '{% unless page.flag %}u{% else %}x{% endunless %}{% unless page.count %}a{% elsif page.title %}t{% endunless %}',
  'assign and capture': '{% assign t = page.title | downcase %}{% capture c %}[{{ t }}]{% endcapture %}{{ c }}{{ c | size }}',
  'for with forloop, limit, offset, reversed': '{% for p in site.pages limit: 2 offset: 1 %}{{ forloop.index }}/{{ forloop.length }}:{{ p.title }}{% unless forloop.last %},{% endunless %}{% endfor %}|{% for x in page.list reversed %}{{ x }}{% endfor %}',
  'break and continue': '{% for x in (1..6) %}{% if x == 2 %}{% continue %}{% endif %}{% if x == 5 %}{% break %}{% endif %}{{ x }}{% endfor %}after',
  'nested loops and parentloop': '{% for a in (1..2) %}{% for b in (1..2) %}{{ forloop.parentloop.index }}{{ b }}{% if b == 1 %}{% continue %}{% endif %};{% endfor %}{% endfor %}',
  'for else': '{% for x in site.empty_list %}{{ x }}{% else %}none{% endfor %}',
  ranges: '{% assign n = 3 %}{% for i in (1..n) %}{{ i }}{% endfor %}{{ (2..4) | join: "-" }}',
  'case when': '{% case page.count %}{% when 1, 2 %}low{% when 3 %}three{% else %}other{% endcase %}{% case page.title %}{% when "Home" or "Start" %}h{% endcase %}',
  'tags rendered through their own render': '{% increment c %}{% increment c %}{% cycle "a", "b" %}{% cycle "a", "b" %}{% raw %}{{ kept }}{% endraw %}{% comment %}gone{% endcomment %}',
  tablerow: '{% tablerow x in page.list cols: 2 %}{{ x }}{% endtablerow %}',
  'whitespace control': 'a  {%- if true -%}  b  {%- endif -%}  c {{- page.title -}} d',
  'assign inside if reaches the page': '{% if true %}{% assign inner = "i" %}{% endif %}{{ inner }}',
  'hashes with keys named size, first and last, and without': '{{ page.meta.size }}{{ page.meta.first }}{{ page.meta.last }} {{ page.counts.size }}{{ page.counts.first }}|{{ page.counts["a"] }}',
  'a value read many times in a loop': '{% assign n = 0 %}{% for p in site.pages %}{% if p.title and p.nav_order != 1 %}{% assign n = n | plus: 1 %}{% endif %}{% endfor %}{{ n }}',
  'sort and where_exp': '{{ site.pages | sort: "nav_order" | map: "title" | join: "" }}{{ site.pages | where_exp: "p", "p.nav_order > 1" | map: "title" | join: "" }}',
};

function outcome(liquid: Liquid, template: string): string {
  try {
    return `ok: ${liquid.parseAndRenderSync(template, structuredClone(SCOPE))}`;
  } catch (error) {
    return `error: ${(error as Error).name}: ${(error as Error).message}`;
  }
}

for (const [name, template] of Object.entries(TEMPLATES)) {
  test(`renders ${name} as liquidjs's renderer does`, () => {
    const expected = outcome(engine(false), template);
    assert.ok(expected.startsWith('ok: '), expected);
    assert.is(outcome(engine(true), template), expected);
  });
}

/** Values a JSON-like scope cannot hold: a drop, an object with a method, one with `toLiquid`, one without a prototype. */
class TitleDrop extends Drop {
  title(): string {
    return 'from a drop';
  }
  override liquidMethodMissing(key: string): string {
    return `missing ${key}`;
  }
}

function scopeWithObjects(): Record<string, unknown> {
  const bare = Object.assign(Object.create(null) as Record<string, unknown>, { title: 'bare', size: 7 });
  return {
    drop: new TitleDrop(),
    methods: { title: 'm', shout: () => 'called', get lazy() { return 'got'; } },
    wrapped: { title: 'outside', toLiquid: () => ({ title: 'inside' }) },
    bare,
    list: [new TitleDrop(), bare],
  };
}

test('reads drops, methods, getters, toLiquid and prototype-less objects as liquidjs does', () => {
  const template = '{{ drop.title }} {{ drop.other }} {{ methods.shout }} {{ methods.lazy }} {{ methods.size }} {{ wrapped.title }} {{ bare.title }} {{ bare.size }} {% for x in list %}{{ x.title }};{% endfor %}';
  const render = (walker: boolean) => engine(walker).parseAndRenderSync(template, scopeWithObjects());
  assert.is(render(true), render(false));
  assert.is(render(true), 'from a drop missing other called got 3 inside bare 7 from a drop;bare;');
});

const FAILING: Record<string, string> = {
  'an unknown filter in strict mode': '{{ page.title | no_such_filter }}',
  'a comparison Ruby cannot make': '{% if page.count > "a" %}x{% endif %}',
  'an error in a filter, inside a loop and an if': 'line one\n{% for x in page.list %}\n{% if true %}{{ x | divided_by: 0 }}{% endif %}{% endfor %}',
};

for (const [name, template] of Object.entries(FAILING)) {
  test(`fails on ${name} with liquidjs's error and line`, () => {
    const strict = (walker: boolean) => {
      const liquid = engine(walker);
      liquid.options.strictFilters = true;
      return outcome(liquid, template);
    };
    const expected = strict(false);
    assert.ok(expected.startsWith('error: '), expected);
    assert.is(strict(true), expected);
  });
}

test('strict_variables fails on an undefined variable as liquidjs does, and default still lets it through', () => {
  for (const template of ['{{ page.missing }}', '{{ page.title.missing.deeper }}', '{{ page.missing | default: "d" }}', '{% if page.missing %}x{% endif %}']) {
    assert.is(outcome(engine(true, true), template), outcome(engine(false, true), template), template);
  }
  assert.match(outcome(engine(true, true), '{{ page.missing }}'), /^error: UndefinedVariableError: undefined variable: page.missing/);
});

const VALUES = ['page.title', 'page.count', 'page.meta.size', 'page.counts.first', 'page.list', 'page.list[0]', 'page.list.size', 'site.pages', 'site.pages.first.title', 'v', 'x', 'x.title', 'forloop.index', '"lit"', '3', '2.5', 'nil', 'empty', 'true', 'false', 'page.missing', 'page.nothing', 'site.tags.x'];
const OPERATORS = ['==', '!=', '<', '>', '<=', '>=', 'contains'];
const FILTERS = ['', '', ' | upcase', ' | size', ' | plus: 1', ' | default: "d"', ' | join: ","', ' | first', ' | append: v', ' | where: "title", "B" | map: "title"', ' | sort'];
const COLLECTIONS = ['page.list', 'site.pages', '(1..4)', 'page.missing', 'site.empty_list', 'v', 'page.title'];

/** A well-formed random template: nested tags, expressions and filters (unlike the fuzzer's, these all parse). */
function randomTemplate(rng: Random, depth = 0, inLoop = false): string {
  let out = '';
  const parts = 1 + rng.int(depth === 0 ? 6 : 3);
  for (let i = 0; i < parts; i++) out += randomNode(rng, depth, inLoop);
  return out;
}

function randomNode(rng: Random, depth: number, inLoop: boolean): string {
  const value = () => rng.pick(VALUES) + rng.pick(FILTERS);
  const condition = (): string => {
    const single = rng.int(2) === 0 ? rng.pick(VALUES) : `${rng.pick(VALUES)} ${rng.pick(OPERATORS)} ${rng.pick(VALUES)}`;
    return rng.int(4) === 0 ? `${single} ${rng.pick(['and', 'or'])} ${condition()}` : single;
  };
  const body = (loop = inLoop) => (depth < 3 ? randomTemplate(rng, depth + 1, loop) : 'leaf');
  switch (rng.int(depth < 3 ? 11 : 3)) {
    case 0: return rng.pick([' text ', '\n', '-']);
    case 1: return `{{ ${value()} }}`;
    case 2: return `{% assign v = ${value()} %}`;
    case 3: return `{% if ${condition()} %}${body()}${rng.int(2) ? `{% elsif ${condition()} %}${body()}` : ''}${rng.int(2) ? `{% else %}${body()}` : ''}{% endif %}`;
    case 4: return `{% unless ${condition()} %}${body()}${rng.int(2) ? `{% else %}${body()}` : ''}{% endunless %}`;
    case 5: return `{% for x in ${rng.pick(COLLECTIONS)}${rng.pick(['', ' limit: 2', ' offset: 1', ' reversed'])} %}${body(true)}${rng.int(3) ? '' : `{% else %}${body()}`}{% endfor %}`;
    case 6: return `{% capture v %}${body()}{% endcapture %}`;
    case 7: return `{% case ${rng.pick(VALUES)} %}{% when ${rng.pick(VALUES)}, ${rng.pick(VALUES)} %}${body()}{% else %}${body()}{% endcase %}`;
    case 8: return inLoop ? rng.pick(['{% break %}', '{% continue %}']) : '{{ v }}';
    case 9: return `{% if ${condition()} %}${inLoop ? rng.pick(['{% break %}', '{% continue %}']) : 'b'}{% endif %}`;
    default: return `{%- comment -%}${body()}{%- endcomment -%}`;
  }
}

test('random well-formed templates (a fixed seed) render, or fail, alike both ways', () => {
  const rng = new Random(20261124);
  let rendered = 0;
  for (let i = 0; i < 2000; i++) {
    const template = randomTemplate(rng);
    const expected = outcome(engine(false), template);
    assert.is(outcome(engine(true), template), expected, template);
    if (expected.startsWith('ok: ')) rendered++;
  }
  assert.ok(rendered > 1000, `only ${rendered} of the random templates rendered`);
});

test.run();
