import { createRequire } from 'node:module';
import vm from 'node:vm';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite, type BuiltSite } from './helpers/site.js';

const lunr = createRequire(import.meta.url)('lunr');
const CONFIG = 'title: Index Test\ntheme: just-the-docs\ntimezone: UTC\nbaseurl: /base\n';

function page(title: string, body: string): string {
  return `---\ntitle: ${title}\n---\n${body}`;
}

const PAGES = {
  'index.md': page('Home', '# Home\n\nWelcome to the navigation tests.\n\n## Colours\n\nDark and light colour schemes.\n'),
  'nav.md': page('Navigation', 'Pages are ordered by nav_order, then by title.\n\n## Children\n\nA parent lists its children; navigating is easy.\n'),
  'callouts.md': page('Callouts', 'A callout is a coloured box. Callouts can be nested.\n\n| a | b |\n|---|---|\n| one | two |\n'),
  'search.md': page('Search', 'Searching uses lunr with stemming: searches, searched, searcher.\n'),
};

async function built(files: Record<string, string>, extraConfig = ''): Promise<BuiltSite> {
  const site = await buildSite({ '_config.yml': CONFIG + extraConfig, ...files });
  if (site.error) throw site.error;
  return site;
}

/** Runs the shipped index script as the browser would and reads it. */
function readShipped(site: BuiltSite): { index: any; docs: any[]; payload: any } {
  let loaded: [any, any] | null = null;
  vm.runInNewContext(site.read('assets/js/search-index.js'), { window: { jtdSearchIndexLoaded: (read: any, payload: any) => (loaded = [read, payload]) } });
  const [read, payload] = loaded!;
  return { ...read(lunr, payload, null), payload: JSON.parse(JSON.stringify(payload)) };
}

function referenceIndex(data: Record<string, any>): any {
  return lunr(function (this: any) {
    this.ref('id');
    this.field('title', { boost: 200 });
    this.field('content', { boost: 2 });
    this.field('relUrl');
    this.metadataWhitelist = ['position'];
    for (const i of Object.keys(data)) this.add({ id: i, title: data[i].title, content: data[i].content, relUrl: data[i].relUrl });
  });
}

function jtdQuery(index: any, input: string): any[] {
  return index.query((query: any) => {
    for (const token of lunr.tokenizer(input)) {
      query.term(token, { boost: 10 });
      query.term(token, { wildcard: lunr.Query.wildcard.TRAILING });
    }
  });
}

test('the shipped index answers every query exactly as lunr built in the browser would, positions included', async () => {
  const site = await built(PAGES);
  const data = JSON.parse(site.read('assets/js/search-data.json'));
  const shipped = readShipped(site);
  assert.is(shipped.payload.index.format, 'compact');
  const reference = referenceIndex(data);
  for (const input of ['nav', 'navigation', 'dark', 'callout', 'nav_order', 'search', 'colour schemes', 'one', 'a', 'zzz']) {
    const expected = jtdQuery(reference, input);
    const actual = jtdQuery(shipped.index, input);
    assert.is(JSON.stringify(actual.map((r: any) => [r.ref, r.score])), JSON.stringify(expected.map((r: any) => [r.ref, r.score])), input);
    expected.forEach((r: any, n: number) => {
      for (const term of Object.keys(r.matchData.metadata)) {
        for (const field of Object.keys(r.matchData.metadata[term])) {
          assert.is(JSON.stringify(actual[n].matchData.metadata[term][field].position), JSON.stringify(r.matchData.metadata[term][field].position), `${input} ${term} ${field}`);
        }
      }
    });
  }
  assert.is(JSON.stringify(shipped.docs), JSON.stringify(Object.values(data)));
});

/** Entries with repeated words, digits, symbols and equal-length sections, so that scores tie and terms share prefixes. */
function corpus(): any[] {
  const words = ['config', 'configure', 'configured', 'configuration', 'configur', 'conf1g', 'conf2', 'con-fig', 'nav_order', 'nav', 'navigate', 'v1.2', '3d', 'a*b', 'the', 'and', '(configs)', 'colour', 'color', 'search', 'searching', 'x', 'é', 'ÉCOLE', '.', '|'];
  let seed = 7;
  const pick = () => words[(seed = (seed * 16807) % 2147483647) % words.length];
  const docs: any[] = [];
  for (let p = 0; p < 40; p++) {
    for (let s = 0; s < 3; s++) {
      const relUrl = `/p${p % 7}/page-${p}/${s ? `#s-${s}` : ''}`;
      const content = Array.from({ length: 3 + (p % 5) * 4 }, pick).join(p % 2 ? ' ' : ' / ') + ' ';
      docs.push({ doc: `Page ${p}`, title: s === 0 ? `Page ${p}` : `${pick()} ${pick()}`, content, url: relUrl, relUrl });
    }
  }
  return docs;
}

function fuzzyQuery(index: any, input: string): any[] {
  const tokens = lunr.tokenizer(input);
  return index.query((query: any) => {
    for (const token of tokens) query.term(token, { editDistance: Math.round(Math.sqrt(input.length / 2 - 1)) });
  });
}

/**
 * The same results in the same order, scores equal to lunr's but for the last bits: the index sums a
 * field's matched terms in alphabetical order, lunr in order of first occurrence.
 */
function assertSameResults(actual: any[], expected: any[], message: string): void {
  assert.is(actual.map((r) => r.ref).join(" "), expected.map((r) => r.ref).join(" "), message);
  actual.forEach((r, n) => assert.ok(Math.abs(r.score - expected[n].score) <= 1e-12 * Math.abs(expected[n].score), `${message}: ${r.score} vs ${expected[n].score}`));
}

test('order, scores and positions equal lunr\'s: ties, prefixes, digits, wildcards, fuzzy queries', async () => {
  const { searchIndexScript, searchPayload } = await import('../lib/search/search-bundle.js');
  const { buildCompactIndex } = await import('../lib/search/build-compact-index.js');
  const { SearchCache } = await import('../lib/search/search-cache.js');
  const { searchSettings } = await import('../lib/search/search-settings.js');
  const docs = corpus();
  let loaded: [any, any] | null = null;
  const script = searchIndexScript(searchPayload(docs, '', /[\s\-/]+/, buildCompactIndex(docs, searchSettings({}), new SearchCache(), lunr)));
  vm.runInNewContext(script, { window: { jtdSearchIndexLoaded: (read: any, payload: any) => (loaded = [read, payload]) } });
  const shipped = loaded![0](lunr, loaded![1], null);
  const reference = referenceIndex(Object.fromEntries(docs.map((d, i) => [String(i), d])));
  const inputs = ['conf', 'config', 'configur', 'nav', 'nav_order', 'v1', '3', 'a*b', 'a*', '*', 'c*g', 'colour color', 'x', 'é', 'école', 'page', 'pag', 'the', 'searching conf', 's-1', 'p3'];
  for (const input of inputs) {
    // Fuzzy queries as the search box makes them: only for inputs longer than 2 (lunr's fuzzy token sets never
    // finish for terms containing *, with lunr itself too).
    const fuzzy = input.length > 2 && !input.includes('*');
    for (const [name, run] of fuzzy ? ([['jtd', jtdQuery], ['fuzzy', fuzzyQuery]] as const) : ([['jtd', jtdQuery]] as const)) {
      const expected = run(reference, input);
      const actual = run(shipped.index, input);
      assertSameResults(actual, expected, `${name} ${input}`);
      expected.slice(0, 5).forEach((r: any, n: number) => {
        for (const term of Object.keys(r.matchData.metadata)) {
          for (const field of Object.keys(r.matchData.metadata[term])) {
            assert.is(JSON.stringify(actual[n].matchData.metadata[term][field].position), JSON.stringify(r.matchData.metadata[term][field].position), `${name} ${input} ${term} ${field}`);
          }
        }
      });
    }
  }
});

test('lunr/custom-index.js runs before each add; the entries it changes are shipped changed', async () => {
  const site = await built({
    ...PAGES,
    '_includes/lunr/custom-data.json': '"extra": {{ include.page.extra | default: "" | jsonify }},\n',
    '_includes/lunr/custom-index.js': 'docs[i].content = [docs[i].content, docs[i].extra].join(" ");\n',
    'extra.md': '---\ntitle: Extra\nextra: platypus\n---\nPlain.\n',
  });
  const shipped = readShipped(site);
  assert.is(shipped.payload.index.format, 'compact', 'a hook that changes only entries keeps the compact index, made from lunr\'s builder');
  const results = jtdQuery(shipped.index, 'platypus');
  assert.is(results.length, 1);
  assert.is(shipped.docs[Number(results[0].ref)].content, 'Plain.  platypus');
});

test('a custom hook that changes the builder ships lunr\'s own serialization', async () => {
  const site = await built({ ...PAGES, '_includes/lunr/custom-index.js': 'if (i === "0") this.metadataWhitelist = ["position"];\n' });
  const shipped = readShipped(site);
  assert.is(shipped.payload.index.format, 'lunr');
  assert.ok(jtdQuery(shipped.index, 'callout').length > 0);
});

test('tokenizer separator and rel_url: false', async () => {
  const site = await built(PAGES, 'search:\n  tokenizer_separator: /[\\s/]+/\n  rel_url: false\n');
  const shipped = readShipped(site);
  assert.equal(shipped.payload.separator, ['[\\s/]+', '']);
  assert.equal(shipped.payload.index.fields.map((f: any) => f[0]), ['title', 'content']);
  assert.ok(shipped.docs.every((d) => d.relUrl.startsWith('/') && d.url.startsWith('/base/')));
});

test.run();
