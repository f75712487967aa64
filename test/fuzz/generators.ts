import type { Random } from './random.js';

const MARKDOWN_PARTS = [
  '# ', '## ', '### Title {#id}\n', 'text ', 'word ', '*em* ', '**strong** ', '_u_ ', '`code` ', '``a`b`` ', '\n', '\n\n',
  '- ', '* ', '1. ', '  - nested\n', '> ', '> quote\n', '{: .note }\n', '{:toc}\n', '1. TOC\n{:toc}\n', '{: #x .y key="v"}',
  '```ruby\nputs 1\n```\n', '~~~\nraw\n~~~\n', '    indented code\n', '| a | b |\n|---|---|\n| 1 | 2 |\n', '|', '---\n', '***\n',
  '[link](http://x.y "t")', '![img](a.png)', '[ref][r]\n\n[r]: http://r\n', '<div markdown="1">\n*in*\n</div>\n', '<span>x</span>',
  'term\n: definition\n', '[^1]\n\n[^1]: note\n', '*[HTML]: Hyper\n', '$$x^2$$', '{::comment}c{:/comment}', '{::nomarkdown}<b>{:/}',
  '"quoted" ', "'single' ", '-- ', '... ', '<< ', '>> ', '&amp; ', '&#x41; ', '\\*', '<!-- c -->\n', '- [ ] task\n', '- [x] done\n',
];

const LIQUID_PARTS = [
  '{{ page.title }}', '{{ site.data.x | jsonify }}', '{{ 1 | plus: 2 }}', '{{ "a b" | split: " " | first }}', '{{ x | default: "d" }}',
  '{% if a %}', '{% elsif b %}', '{% else %}', '{% endif %}', '{% for i in (1..3) %}', '{% endfor %}', '{% unless c %}', '{% endunless %}',
  '{% assign v = "s" | upcase %}', '{% capture c %}', '{% endcapture %}', '{% case v %}{% when "S" %}', '{% endcase %}', '{% raw %}', '{% endraw %}',
  '{{ v | slugify: "pretty" }}', '{{ 10 | divided_by: 0 }}', '{{ "2020-01-01" | date: "%Y %b" }}', '{{ arr | sort: "k" | map: "k" }}',
  '{{ site.pages | where_exp: "p", "p.url contains \'/\'" | size }}', '{{ nil | append: 1 }}', '{{ "x" | truncate: -1 }}',
  '{% include missing.html %}', '{% highlight ruby %}x{% endhighlight %}', '{% comment %}', '{% endcomment %}', '{{', '}}', '{%', '%}',
  '{{ 1.5 | times: 3 | round: 2 }}', '{{ "<b>" | escape | xml_escape }}', '{% cycle "a", "b" %}', '{% increment n %}', ' text ', '\n',
];

const YAML_PARTS = [
  'key: value\n', 'n: 1\n', 'f: 1.0\n', 'b: yes\n', 'o: 0777\n', 's: 1:20\n', 'd: 2024-02-29\n', 't: 2023-04-05 14:07:09 +01:00\n',
  'list:\n  - a\n  - b\n', 'map: { a: 1, b: [2, 3] }\n', 'anchor: &a { x: 1 }\n', 'alias: *a\n', 'merge:\n  <<: *a\n', '"quoted": "str"\n',
  "'single': 'it''s'\n", 'multi: |\n  line\n  line\n', 'folded: >\n  a\n  b\n', '? complex\n: value\n', '- item\n', 'sym: :sym\n',
  'bad: [\n', 'bad: {\n', '  indent: wrong\n', 'tab:\tx\n', '!!binary aGk=\n', 'x: !ruby/object {}\n', 'null: ~\n', '~: 1\n', ': nokey\n',
];

const NOISE = '{}[]()<>*_`#|:-!\\"\'\n\t %&;=@$^~?/.,0123456789';

export function randomMarkdown(rng: Random): string {
  return rng.sequence(MARKDOWN_PARTS, 1 + rng.int(60), NOISE);
}

export function randomLiquid(rng: Random): string {
  return rng.sequence(LIQUID_PARTS, 1 + rng.int(30), NOISE);
}

export function randomYaml(rng: Random): string {
  return rng.sequence(YAML_PARTS, 1 + rng.int(15), NOISE);
}
