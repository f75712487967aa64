// Search cost at 100, 1,000 and 10,000 pages: bytes of search assets (raw and gzip) and time from the first
// keystroke to results painted in Chromium, for jtd (search-index.js: the entries and the index built at build
// time, downloaded when the search box is first used) and for just-the-docs' method (download search-data.json
// and build the lunr index in the page on every page load), measured in the same run. jtd is timed in its worst
// case: the query is typed the moment the box is focused, so the download, reading the index, the query and the
// paint all count. Bytes of the two reference sites' real search data are reported too.
// Usage: npx tsc -p tsconfig.json && node bench/search-bench.mjs [--sizes 100,1000,10000] [--runs 5] [--typed-after 20,50,150] [--chromium PATH]
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildCompactIndex } from '../dist/lib/search/build-compact-index.js';
import { loadLunr, lunrBrowserBuildPath } from '../dist/lib/search/lunr-module.js';
import { SearchCache } from '../dist/lib/search/search-cache.js';
import { searchIndexScript, searchPayload } from '../dist/lib/search/search-bundle.js';
import { searchSettings, separatorRegExp } from '../dist/lib/search/search-settings.js';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const SIZES = option('--sizes', '100,1000,10000').split(',').map(Number);
const CHROMIUM = option('--chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
const QUERY = option('--query', 'config');
const RUNS = Number(option('--runs', '5'));
const TYPED_AFTER = option('--typed-after', '20,50,150').split(',').map(Number);
const REFERENCE_SITES = ['jtd-docs', 'navtest'].map((name) => [name, path.resolve(`../shared/theme/sites/${name}/expected/assets/js/search-data.json`)]);

/** A deterministic vocabulary and pages of Zipf-distributed words, three sections each. */
function syntheticDocs(pages) {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const syllables = ['con', 'fig', 'ur', 'nav', 'ig', 'a', 'tion', 'page', 'search', 'dark', 'mode', 'call', 'out', 'lay', 'but', 'ton', 'ta', 'ble', 'code', 'list', 'in', 'de', 'ex', 'ter', 'pro', 'cess', 'mark', 'down', 'el', 'em', 'ent'];
  const vocabulary = Array.from({ length: 6000 }, () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(''));
  const word = () => vocabulary[Math.floor(vocabulary.length * Math.pow(random(), 2.5))];
  const sentence = () => Array.from({ length: 6 + Math.floor(random() * 10) }, word).join(' ') + '.';
  const docs = [];
  for (let p = 0; p < pages; p++) {
    const title = `${word()} ${word()} ${p}`;
    for (let s = 0; s < 3; s++) {
      const section = s === 0 ? title : `${word()} ${word()}`;
      const relUrl = `/docs/page-${p}/${s === 0 ? '' : `#section-${s}`}`;
      docs.push({ doc: title, title: section, content: Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ') + ' ', url: relUrl, relUrl });
    }
  }
  return docs;
}

function writeAssets(dir, docs) {
  const settings = searchSettings({});
  const data = Object.fromEntries(docs.map((d, i) => [String(i), d]));
  fs.writeFileSync(path.join(dir, 'search-data.json'), JSON.stringify(data, null, 2));
  const started = performance.now();
  const index = buildCompactIndex(docs, settings, new SearchCache(), loadLunr());
  const script = searchIndexScript(searchPayload(docs, '', separatorRegExp(settings.tokenizerSeparator), index));
  const buildSeconds = (performance.now() - started) / 1000;
  fs.writeFileSync(path.join(dir, 'search-index.js'), script);
  fs.copyFileSync(lunrBrowserBuildPath(), path.join(dir, 'lunr.min.js'));
  fs.writeFileSync(path.join(dir, 'index.html'), HARNESS);
  return buildSeconds;
}

function sizes(dir, files) {
  const raw = files.reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
  const gzip = files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 6 }).length, 0);
  return { raw, gzip };
}

// Both methods render the same way: the first 10 results with their matched positions (as previews need).
const HARNESS = `<!DOCTYPE html><html><head><script src="lunr.min.js"></script></head><body>
<input id="q"><ul id="out"></ul><script>
function query(index, input) {
  var tokens = lunr.tokenizer(input);
  return index.query(function (q) { tokens.forEach(function (t) { q.term(t, { boost: 10 }); q.term(t, { wildcard: lunr.Query.wildcard.TRAILING }); }); });
}
function render(results, docs) {
  var out = document.getElementById('out'); out.innerHTML = '';
  results.slice(0, 10).forEach(function (r) {
    var li = document.createElement('li'), positions = 0;
    Object.keys(r.matchData.metadata).forEach(function (term) { var c = r.matchData.metadata[term].content; if (c) positions += c.position.length; });
    window.resultCount = results.length;
    li.textContent = docs[r.ref].title + ' ' + positions + ' ' + docs[r.ref].content.slice(0, 80);
    out.appendChild(li);
  });
}
function painted() { return new Promise(function (resolve) { requestAnimationFrame(function () { setTimeout(resolve, 0); }); }); }
// The first keystroke searches the query's first character; the next measured one the whole query.
window.justTheDocsMethod = async function (input) {
  var t0 = performance.now();
  var docs = await (await fetch('search-data.json')).json();
  var index = lunr(function () {
    this.ref('id'); this.field('title', { boost: 200 }); this.field('content', { boost: 2 }); this.field('relUrl');
    this.metadataWhitelist = ['position'];
    for (var i in docs) this.add({ id: i, title: docs[i].title, content: docs[i].content, relUrl: docs[i].relUrl });
  });
  var t1 = performance.now();
  render(query(index, input[0]), docs); await painted();
  var t2 = performance.now();
  render(query(index, input), docs); await painted();
  return { ready: t1 - t0, first: t2 - t1, total: t2 - t0, query: performance.now() - t2 };
};
// The box is focused at t0 (the download starts) and the first key is pressed \`delay\` ms later: 0 is the worst
// case, where the download, reading the index, the query and the paint all follow the keystroke.
window.jtdMethod = function (input, delay) {
  return new Promise(function (resolve) {
    var t0 = performance.now(), loaded = null, typedAt = null;
    async function search() {
      var t1 = performance.now();
      render(query(loaded.index, input[0]), loaded.docs); await painted();
      var t2 = performance.now();
      render(query(loaded.index, input), loaded.docs); await painted();
      resolve({ ready: window.readAt - t0, first: t2 - t1, total: t2 - typedAt, query: performance.now() - t2 });
    }
    window.jtdSearchIndexLoaded = function (read, payload) {
      window.scriptRan = performance.now() - t0;
      loaded = read(lunr, payload, null);
      window.readAt = performance.now();
      if (typedAt !== null) search();
    };
    setTimeout(function () { typedAt = t0 + delay; if (loaded) search(); }, delay);
    if (delay === 0) typedAt = t0;
    var s = document.createElement('script'); s.src = 'search-index.js'; document.head.appendChild(s);
  });
};
</script></body></html>`;

function serve(dir) {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, new URL(req.url, 'http://x').pathname.replace(/^\/$/, '/index.html'));
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html' : file.endsWith('.js') ? 'text/javascript' : 'application/json', 'cache-control': 'no-store' }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function timeInChromium(browser, url, method, runs, delay = 0) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.goto(url);
    times.push(await page.evaluate(async ([m, q, d]) => Object.assign(await window[m](q, d), { scriptRan: window.scriptRan || 0, results: window.resultCount || 0 }), [method, QUERY, delay]));
    await page.close();
  }
  const median = (key) => times.map((t) => t[key]).sort((a, b) => a - b)[Math.floor(times.length / 2)];
  return { ready: median('ready'), first: median('first'), query: median('query'), total: median('total'), scriptRan: median('scriptRan'), results: times[0].results };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(0)} ms`;
const { chromium } = await import('playwright-core');
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) console.log(`Chromium not found at ${CHROMIUM}: byte counts only.`);
const browser = haveChromium ? await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] }) : null;
for (const [name, file] of REFERENCE_SITES) {
  if (!fs.existsSync(file)) continue;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `jtd-search-bench-${name}-`));
  const docs = Object.values(JSON.parse(fs.readFileSync(file, 'utf8')));
  writeAssets(dir, docs);
  fs.copyFileSync(file, path.join(dir, 'search-data.json'));
  const jtdBytes = sizes(dir, ['search-index.js', 'lunr.min.js']);
  const refBytes = sizes(dir, ['search-data.json', 'lunr.min.js']);
  console.log(`${name} (${docs.length} entries): just-the-docs ${kb(refBytes.raw)} raw, ${kb(refBytes.gzip)} gzip; jtd ${kb(jtdBytes.raw)} raw, ${kb(jtdBytes.gzip)} gzip`);
}
console.log(`\nquery "${QUERY}" typed one character after the other, on synthetic sites of three sections per page`);
for (const pages of SIZES) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `jtd-search-bench-${pages}-`));
  const docs = syntheticDocs(pages);
  const buildSeconds = writeAssets(dir, docs);
  const jtdBytes = sizes(dir, ['search-index.js', 'lunr.min.js']);
  const refBytes = sizes(dir, ['search-data.json', 'lunr.min.js']);
  console.log(`\n${pages} pages (${docs.length} entries; search-index.js made in ${buildSeconds.toFixed(2)} s)`);
  console.log(`  just-the-docs: search-data.json + lunr.min.js  ${kb(refBytes.raw)} raw, ${kb(refBytes.gzip)} gzip`);
  console.log(`  jtd:           search-index.js + lunr.min.js   ${kb(jtdBytes.raw)} raw, ${kb(jtdBytes.gzip)} gzip`);
  if (!browser) continue;
  const server = await serve(dir);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const runs = pages >= 10000 ? Math.min(RUNS, 3) : RUNS;
  const ref = await timeInChromium(browser, url, 'justTheDocsMethod', runs);
  const ours = await timeInChromium(browser, url, 'jtdMethod', runs);
  const later = [];
  for (const delay of TYPED_AFTER) later.push([delay, await timeInChromium(browser, url, 'jtdMethod', runs, delay)]);
  console.log(`  ${ref.results} results for "${QUERY}" (${ours.results} with jtd); medians of ${runs} page loads`);
  console.log(`  just-the-docs: on every page load, data fetched and index built in ${ms(ref.ready)}; first keystroke ("${QUERY[0]}") to results painted ${ms(ref.total)} if typed at once, ${ms(ref.first)} once the index is built; "${QUERY}" ${ms(ref.query)}`);
  console.log(`  jtd:           nothing on page load; first keystroke ("${QUERY[0]}", typed as the box is focused) to results painted ${ms(ours.total)} (script downloaded and run ${ms(ours.scriptRan)}, index read ${ms(ours.ready - ours.scriptRan)}, query and paint ${ms(ours.first)}); "${QUERY}" ${ms(ours.query)}`);
  for (const [delay, times] of later) console.log(`                 typed ${delay} ms after the box is focused: first keystroke to results painted ${ms(times.total)}`);
  server.close();
}
await browser?.close();
