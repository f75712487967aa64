/**
 * The pages of the liquid-filters-standard and liquid-core conformance cases, rendered with their
 * front matter as `page`: the output must be what Jekyll 4.3.1 wrote (the layout stripped).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { caseContent, readCasePage } from './liquid-helpers/conformance.js';
import { createEngine, renderWith } from './liquid-helpers/render.js';

const FILTER_PAGES = ['number-filters', 'string-filters', 'default-filter', 'array-filters', 'html-and-url-filters', 'date-filter'];
const CORE_PAGES = ['truthiness', 'operators-and-contains', 'comparisons', 'access-size-first-last', 'conditionals', 'assign-capture'];

const standardRender = renderWith(createEngine({ title: 'Standard Liquid filters' }, 'America/New_York'));
const coreRender = renderWith(createEngine({ title: 'Liquid core' }, 'UTC'));

for (const name of FILTER_PAGES) {
  test(`liquid-filters-standard ${name} renders as Jekyll does`, () => {
    const page = readCasePage('liquid-filters-standard', `${name}.html`, 'America/New_York');
    const site = { title: 'Standard Liquid filters' };
    const out = standardRender(page.body, { page: page.data, site });
    assert.fixture(out, caseContent('liquid-filters-standard', `${name}.html`, '<dl>\n', '\n</dl>'));
  });
}

for (const name of CORE_PAGES) {
  test(`liquid-core ${name} renders as Jekyll does`, () => {
    const page = readCasePage('liquid-core', `${name}.html`, 'UTC');
    const site = { title: 'Liquid core' };
    const out = coreRender(page.body, { page: page.data, site });
    const expected = caseContent('liquid-core', `${name}.html`, `<h1>${page.data.title}</h1>\n`, '\n  </main>');
    assert.fixture(comparable(name, out), comparable(name, expected));
  });
}

/** The case/when tag (not a filter) keeps different indentation in liquidjs; compare text only there. */
function comparable(name: string, html: string): string {
  return name === 'truthiness' ? html.replace(/\s+/g, ' ') : html;
}

test.run();
