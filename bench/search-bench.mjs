// Search cost at 100, 1,000 and 10,000 pages: bytes of search assets (raw and gzip) and time to results painted
// in Chromium, for jtd (entries and indexer in search-index.js, indexed in the page by jtd's own indexer as soon
// as the script arrives) and for just-the-docs' method (download search-data.json, build the lunr index in the
// page), measured in the same run. jtd is timed twice: typed at once as the script starts loading (cold), and
// typed after the page loaded the index when idle (the usual case: first keystroke to results painted).
// Usage: npx tsc -p tsconfig.json && node bench/search-bench.mjs [--sizes 100,1000,10000] [--chromium PATH]
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { textIndexSpec } from '../dist/lib/search/index-spec.js';
import { lunrBrowserBuildPath } from '../dist/lib/search/lunr-module.js';
import { searchIndexScript, searchPayload } from '../dist/lib/search/search-bundle.js';
import { searchSettings, separatorRegExp } from '../dist/lib/search/search-settings.js';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const SIZES = option('--sizes', '100,1000,10000').split(',').map(Number);
const CHROMIUM = option('--chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
const QUERY = option('--query', 'config');

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
  const shipped = docs.map((d) => ({ ...d }));
  const script = searchIndexScript(searchPayload(shipped, '', separatorRegExp(settings.tokenizerSeparator), textIndexSpec(settings)));
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
window.justTheDocsMethod = async function (input) {
  var t0 = performance.now();
  var docs = await (await fetch('search-data.json')).json();
  var index = lunr(function () {
    this.ref('id'); this.field('title', { boost: 200 }); this.field('content', { boost: 2 }); this.field('relUrl');
    this.metadataWhitelist = ['position'];
    for (var i in docs) this.add({ id: i, title: docs[i].title, content: docs[i].content, relUrl: docs[i].relUrl });
  });
  var t1 = performance.now();
  render(query(index, input), docs); await painted();
  return { ready: t1 - t0, query: performance.now() - t1, total: performance.now() - t0 };
};
window.jtdIdle = function (input) {
  return new Promise(function (resolve) {
    var t0 = performance.now();
    window.jtdSearchIndexLoaded = function (read, payload) {
      var loaded = read(lunr, payload, null);
      var t1 = performance.now();
      setTimeout(async function () {
        var t2 = performance.now();
        render(query(loaded.index, input), loaded.docs); await painted();
        resolve({ ready: t1 - t0, query: performance.now() - t2, total: performance.now() - t2 });
      }, 50);
    };
    requestIdleCallback(function () { var s = document.createElement('script'); s.src = 'search-index.js'; document.head.appendChild(s); });
  });
};
window.jtdMethod = function (input) {
  return new Promise(function (resolve) {
    var t0 = performance.now();
    window.jtdSearchIndexLoaded = async function (read, payload) {
      window.scriptRan = performance.now() - t0;
      var loaded = read(lunr, payload, null);
      var t1 = performance.now();
      render(query(loaded.index, input), loaded.docs); await painted();
      resolve({ ready: t1 - t0, query: performance.now() - t1, total: performance.now() - t0 });
    };
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

async function timeInChromium(browser, url, method, runs) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.goto(url);
    times.push(await page.evaluate(async ([m, q]) => Object.assign(await window[m](q), { scriptRan: window.scriptRan || 0, results: window.resultCount || 0 }), [method, QUERY]));
    await page.close();
  }
  const median = (key) => times.map((t) => t[key]).sort((a, b) => a - b)[Math.floor(times.length / 2)];
  return { ready: median('ready'), query: median('query'), total: median('total'), scriptRan: median('scriptRan'), results: times[0].results };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(0)} ms`;
const { chromium } = await import('playwright-core');
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) console.log(`Chromium not found at ${CHROMIUM}: byte counts only.`);
const browser = haveChromium ? await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] }) : null;
console.log(`query "${QUERY}" typed as the first keystroke right after the search box is focused (jtd) / after page load (just-the-docs); median of 3 cold page loads`);
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
  const runs = pages >= 10000 ? 1 : 3;
  const ref = await timeInChromium(browser, url, 'justTheDocsMethod', runs);
  const ours = await timeInChromium(browser, url, 'jtdMethod', runs);
  const idle = await timeInChromium(browser, url, 'jtdIdle', runs);
  console.log(`  ${ref.results} results for "${QUERY}" (${ours.results} with jtd)`);
  console.log(`  just-the-docs: index ready ${ms(ref.ready)} after page load, query + paint ${ms(ref.query)}; typed at once: ${ms(ref.total)}`);
  console.log(`  jtd:           index ready ${ms(ours.ready)} after focus (script loaded and run ${ms(ours.scriptRan)}), query + paint ${ms(ours.query)}; typed at once: ${ms(ours.total)}`);
  console.log(`  jtd:           index ready ${ms(idle.ready)} after page idle; first keystroke to results painted: ${ms(idle.total)}`);
  server.close();
}
await browser?.close();
