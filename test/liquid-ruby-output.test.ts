import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite } from './helpers/site.js';

/* Output Ruby Liquid writes where liquidjs writes otherwise; each expectation is what Jekyll 4.3.1 wrote. */

test('an if, unless, case or for that only assigns writes none of its white space; a capture keeps it', async () => {
  const page =
    '---\n---\n[{% if true %}\n  {% assign x = 1 %}\n{% endif %}]\n[{% for i in (1..2) %}\n  {% assign y = i %}\n{% endfor %}]\n' +
    '[{% case 1 %}\n  {% when 1 %}\n  {% assign z = 2 %}\n{% endcase %}]\n' +
    '[{% unless false %} {% comment %}x{% endcomment %} {% endunless %}]\n[{% if true %} a {% assign q = 1 %} {% endif %}]\n' +
    '[{% capture c %} {% endcapture %}{{ c | size }}]\n';
  const site = await buildSite({ '_config.yml': 'timezone: UTC\n', 'p.html': page });
  assert.is(site.read('p.html'), '[]\n[]\n[]\n[]\n[ a  ]\n[1]\n');
});

test('tablerow writes its rows with Ruby Liquid\'s line breaks, and nothing for nil', async () => {
  const page =
    '---\nitems: [a, b, c]\n---\n<table>{% tablerow i in page.items cols:2 %}{{ i }}{{ tablerowloop.col0 }}{% endtablerow %}</table>\n' +
    '<table>{% tablerow i in page.none %}{{ i }}{% endtablerow %}</table>\n' +
    '<table>{% tablerow i in page.items limit:1 offset:1 %}{{ i }}{% endtablerow %}</table>\n';
  const site = await buildSite({ '_config.yml': 'timezone: UTC\n', 't.html': page });
  assert.is(
    site.read('t.html'),
    '<table><tr class="row1">\n<td class="col1">a0</td><td class="col2">b1</td></tr>\n<tr class="row2"><td class="col1">c0</td></tr>\n</table>\n' +
      '<table></table>\n<table><tr class="row1">\n<td class="col1">b</td></tr>\n</table>\n',
  );
});

test.run();
