// npm run bench: builds just-the-docs sites of 100, 1,000 and 10,000 pages and a plain corpus with jtd, and
// with Jekyll / Eleventy / the floor script where available, and prints the figures. It reports; it never fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeJtdSite, makePlainCorpus } from './sites.mjs';
import { extraCaCertsCost, measure, medianRun } from './measure.mjs';
import { measureEdits } from './serve-edits.mjs';
import { measureBrowserReload } from './serve-browser.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
// A just-the-docs page embeds the whole navigation, so its size grows with the site: 10,000 pages would be
// about 15 GB of HTML. The default runs just-the-docs sites up to 1,000 pages and the plain corpus to 10,000.
const jtdSizes = option('sizes', '100,1000').split(',').map(Number);
const plainSizes = option('plain-sizes', '1000,10000').split(',').map(Number);
const runs = Number(option('runs', '3'));
// The generated sites and every build's output stay until the end (see freshOutput), then go, unless --keep.
const keep = args.includes('--keep');
const edits = Number(option('edits', '50'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-bench-'));
const JTD = path.resolve(import.meta.dirname, '../bin/jtd.js');
const FLOOR = path.resolve(import.meta.dirname, 'floor.mjs');
const WRITE_FLOOR = path.resolve(import.meta.dirname, 'write-floor.mjs');
const BUNDLE = path.resolve(import.meta.dirname, '../dist/bundle');
const hasJekyll = spawnSync('jekyll', ['--version'], { encoding: 'utf8' }).status === 0;
const eleventy = eleventyCommand();
const jekyllTheme = process.env.JTD_THEME_GEM_PATH;

const rows = [];
const row = (what, pages, tool, m, extra = '') =>
  rows.push([what, pages, tool, m.wall.toFixed(2), m.cpu === null ? '' : m.cpu.toFixed(2), m.rss === null ? '' : m.rss.toFixed(0), (pages / m.wall).toFixed(0), extra]);

function jtdBuild(src, dest, env = {}) {
  return measure('node', [JTD, 'build', '-q', '-s', src, '-d', dest], { env });
}

/**
 * Every measured build writes into a folder of its own, named after `base`: on some file systems writing where a
 * large folder was just deleted is several times slower, which would weigh on whichever tool came right after a
 * deletion. The folders stay until the work folder is removed.
 */
const outputs = new Map();
function freshOutput(base) {
  const dest = `${base}-${(outputs.get(base)?.n ?? 0) + 1}`;
  outputs.set(base, { n: (outputs.get(base)?.n ?? 0) + 1, dest });
  return dest;
}

/** The folder the last build named after `base` wrote (a warm build writes there again). */
function lastOutput(base) {
  return outputs.get(base).dest;
}

/** A build with no cache and no output; the disk first writes out what earlier runs left, so runs do not pay for each other. */
function coldBuild(src, base, env = {}) {
  fs.rmSync(path.join(src, '.jtd-cache'), { recursive: true, force: true });
  spawnSync('sync');
  return jtdBuild(src, freshOutput(base), env);
}

/** The floor script into an empty destination, as the cold builds it is compared with. */
function floorBuild(src, base) {
  spawnSync('sync');
  return measure('node', [FLOOR, src, freshOutput(base)]);
}

/** Every file under `dir`, with its size: [path inside dir, bytes][]. */
function filesUnder(dir, inside = '') {
  return fs.readdirSync(path.join(dir, inside), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(inside, entry.name);
    if (entry.isDirectory()) return filesUnder(dir, file);
    return entry.isFile() ? [[file, fs.statSync(path.join(dir, file)).size]] : [];
  });
}

/** Writing as many files of the same sizes as `output` holds, with nothing else (bench/write-floor.mjs); its folder is removed after. */
function writeFloor(output, base) {
  const list = path.join(work, 'write-floor-list.json');
  fs.writeFileSync(list, JSON.stringify(filesUnder(output)));
  spawnSync('sync');
  const dest = freshOutput(base);
  const measured = measure('node', [WRITE_FLOOR, list, dest]);
  fs.rmSync(dest, { recursive: true, force: true });
  return measured;
}

/**
 * A cold build on a machine where jtd never ran: without the code cache the command keeps beside its bundle
 * (lib/util/cached-script.ts), which the first run of each command writes and every other row here uses.
 */
function firstRunBuild(src, dest) {
  for (const name of fs.readdirSync(BUNDLE)) if (name.endsWith('.v8cache')) fs.rmSync(path.join(BUNDLE, name), { force: true });
  return coldBuild(src, dest);
}

/** Eleventy's script when it is installed beside jtd (`npm install --no-save @11ty/eleventy`) or named by ELEVENTY_BIN. */
function eleventyCommand() {
  const local = path.resolve(import.meta.dirname, '../node_modules/.bin/eleventy');
  const script = process.env.ELEVENTY_BIN ?? local;
  return fs.existsSync(script) ? fs.realpathSync(script) : null;
}

/** Eleventy on the plain corpus, with the corpus's `_layouts` as its layouts folder. */
function eleventyBuild(src, dest) {
  const config = path.join(work, 'eleventy.config.cjs');
  fs.writeFileSync(config, "module.exports = () => ({ dir: { layouts: '_layouts' } });\n");
  spawnSync('sync');
  return measure('node', [eleventy, '--quiet', `--config=${config}`, `--input=${src}`, `--output=${freshOutput(dest)}`]);
}

/**
 * Seconds to make 1,000 folders with a small file in each under `dir` (kept until the end: deleting many files makes
 * the next ones slower to make on some disks). Writing many small files is what a build's output asks of the disk.
 */
function diskCheck(dir) {
  spawnSync('sync');
  const bytes = Buffer.alloc(6000, 'a');
  const started = performance.now();
  for (let i = 0; i < 1000; i++) {
    fs.mkdirSync(path.join(dir, `d${i}`), { recursive: true });
    fs.writeFileSync(path.join(dir, `d${i}`, 'index.html'), bytes);
  }
  return (performance.now() - started) / 1000;
}

/** How long the main thread of a build ran and waited for a core (medians), where the system tells. */
function mainThreadNote(m) {
  return m.mainRan === null ? '' : `main thread ran ${m.mainRan.toFixed(2)} s, waited ${m.mainWaited.toFixed(2)} s for a core`;
}

/** Jekyll cold (no `.jekyll-cache`; the build makes one) and warm (the next build, with it), as jtd's cold and warm. */
function jekyllBuilds(times, src, dest, env = {}) {
  const cold = medianRun(times, () => jekyllCold(src, dest, env));
  const warm = medianRun(times, () => jekyllBuild(src, dest, env));
  fs.rmSync(path.join(src, '.jekyll-cache'), { recursive: true, force: true });
  return { cold, warm };
}

function jekyllCold(src, dest, env = {}) {
  fs.rmSync(path.join(src, '.jekyll-cache'), { recursive: true, force: true });
  return jekyllBuild(src, dest, env);
}

function jekyllBuild(src, dest, env = {}) {
  const started = performance.now();
  const result = spawnSync('jekyll', ['build', '--quiet', '-s', src, '-d', dest], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(result.stderr.slice(-1000));
  return { wall: (performance.now() - started) / 1000, cpu: null, rss: null };
}

/** The large sites must build in under 1 GB (10^9 bytes): a row over it says so. */
function overMemoryTarget(measured) {
  return measured.rss !== null && measured.rss * 1024 * 1024 > 1e9 ? 'peak RSS over 1 GB' : '';
}

/** Jekyll's cold and warm rows, each with how many times faster jtd's build of the same kind is. */
function jekyllRows(site, pages, jekyll, cold, warm) {
  row(site, pages, 'Jekyll cold', jekyll.cold, `jtd cold is ${(jekyll.cold.wall / cold.wall).toFixed(1)}× faster`);
  row(site, pages, 'Jekyll warm', jekyll.warm, `jtd warm is ${(jekyll.warm.wall / warm.wall).toFixed(1)}× faster (jtd cold ${(jekyll.warm.wall / cold.wall).toFixed(1)}×)`);
}

console.log(`Benchmark folder: ${work}`);
console.log(`Making 1,000 folders with a 6 KB file in each there took ${diskCheck(path.join(work, 'disk-check-start')).toFixed(2)} s.`);
{
  const src = path.join(work, 'jtd-docs');
  const pages = makeJtdSite(src, 1);
  const dest = path.join(work, 'jtd-docs-out');
  row('just-the-docs docs site', pages, 'jtd cold, first run', medianRun(runs, () => firstRunBuild(src, dest)), 'no code cache yet');
  const cold = medianRun(runs, () => coldBuild(src, dest));
  row('just-the-docs docs site', pages, 'jtd cold', cold, mainThreadNote(cold));
  const warm = medianRun(runs, () => jtdBuild(src, lastOutput(dest)));
  row('just-the-docs docs site', pages, 'jtd warm', warm);
  if (hasJekyll && jekyllTheme) {
    const jekyll = jekyllBuilds(runs, src, path.join(work, 'jtd-docs-jekyll'), { GEM_PATH: jekyllTheme, JEKYLL_NO_BUNDLER_REQUIRE: 'true' });
    jekyllRows('just-the-docs docs site', pages, jekyll, cold, warm);
  }
}
const coldBySize = new Map();
for (const size of jtdSizes) {
  const src = path.join(work, `jtd-${size}`);
  const pages = makeJtdSite(src, size);
  const dest = path.join(work, `jtd-${size}-out`);
  const times = size >= 10000 ? 1 : runs;
  const cold = medianRun(times, () => coldBuild(src, dest));
  row('just-the-docs site', pages, 'jtd cold', cold, [mainThreadNote(cold), overMemoryTarget(cold)].filter(Boolean).join('; '));
  coldBySize.set(size, { pages, wall: cold.wall });
  const floor = medianRun(times, () => floorBuild(src, path.join(work, `jtd-${size}-floor`)));
  row('just-the-docs site', pages, 'floor script', floor, `jtd cold / floor = ${(cold.wall / floor.wall).toFixed(2)}`);
  const written = medianRun(times, () => writeFloor(lastOutput(dest), path.join(work, `jtd-${size}-write-floor`)));
  row('just-the-docs site', pages, 'writing its output alone', written, `jtd cold / writing alone = ${(cold.wall / written.wall).toFixed(2)}`);
  if (pages >= 200) {
    const [asked, label] = os.availableParallelism() > 2 ? ['1', 'jtd cold, one thread'] : ['2', 'jtd cold, two threads'];
    row('just-the-docs site', pages, label, medianRun(times, () => coldBuild(src, dest, { JTD_THREADS: asked })), `JTD_THREADS=${asked}`);
  }
  const warm = medianRun(times, () => jtdBuild(src, lastOutput(dest)));
  row('just-the-docs site', pages, 'jtd warm', warm);
  if (hasJekyll && jekyllTheme && size <= 1000) {
    const jekyll = jekyllBuilds(1, src, path.join(work, `jekyll-${size}`), { GEM_PATH: jekyllTheme, JEKYLL_NO_BUNDLER_REQUIRE: 'true' });
    jekyllRows('just-the-docs site', pages, jekyll, cold, warm);
  }
}
const sizesRun = [...coldBySize.keys()].sort((a, b) => a - b);
for (let i = 1; i < sizesRun.length; i++) {
  const [small, large] = [coldBySize.get(sizesRun[i - 1]), coldBySize.get(sizesRun[i])];
  const growth = `time(${large.pages}) / time(${small.pages}) = ${(large.wall / small.wall).toFixed(1)} for ${(large.pages / small.pages).toFixed(1)}× the pages`;
  rows.push(['just-the-docs site', `${small.pages} → ${large.pages}`, 'jtd cold', '', '', '', '', growth]);
}
for (const size of plainSizes) {
  const src = path.join(work, `plain-${size}`);
  const pages = makePlainCorpus(src, size);
  const times = size >= 10000 ? 1 : runs;
  const jtd = medianRun(times, () => coldBuild(src, path.join(work, `plain-${size}-jtd`)));
  row('plain corpus', pages, 'jtd cold', jtd, mainThreadNote(jtd));
  const floor = medianRun(times, () => floorBuild(src, path.join(work, `plain-${size}-floor`)));
  row('plain corpus', pages, 'floor script', floor, `jtd / floor = ${(jtd.wall / floor.wall).toFixed(2)}`);
  if (eleventy) {
    const other = medianRun(times, () => eleventyBuild(src, path.join(work, `plain-${size}-eleventy`)));
    row('plain corpus', pages, 'Eleventy', other, `jtd is ${(other.wall / jtd.wall).toFixed(1)}× faster`);
  }
  if (hasJekyll && size <= 1000) {
    const jekyll = jekyllCold(src, path.join(work, `plain-${size}-jekyll`));
    row('plain corpus', pages, 'Jekyll cold', jekyll, `jtd is ${(jekyll.wall / jtd.wall).toFixed(1)}× faster`);
  }
}

console.log('\n| site | pages | tool | wall s | CPU s | peak RSS MB | pages/s | note |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`\nMaking 1,000 folders with a 6 KB file in each took ${diskCheck(path.join(work, 'disk-check-end')).toFixed(2)} s at the end.`);
const caCost = extraCaCertsCost();
if (caCost !== null) {
  console.log(`\nNODE_EXTRA_CA_CERTS is set here: it adds ${caCost.toFixed(0)} ms to starting any Node.js process (median of 5). The Node.js commands above (jtd, the floor scripts, Eleventy) ran without it.`);
}
if (hasJekyll && !jekyllTheme) console.log('\nJekyll builds of the just-the-docs sites need the just-the-docs gem: set JTD_THEME_GEM_PATH to the GEM_PATH to run Jekyll with (the folder that has the gem, then the system\'s gem folders: ruby -e \'print Gem.path.join(":")\').');
if (!hasJekyll) console.log('\nJekyll is not on PATH: no Jekyll figures.');
if (!eleventy) console.log('\nEleventy is not installed (npm install --no-save @11ty/eleventy, or set ELEVENTY_BIN): no Eleventy figures.');

const editSite = path.join(work, 'jtd-edits');
const editPages = makeJtdSite(editSite, 1000);
console.log(`\nServe: save → affected files written, ${edits} edits each, just-the-docs site of ${editPages} pages`);
const editResults = await measureEdits(editSite, path.join(work, 'jtd-edits-out'), edits);
console.log('| edit | p50 ms | p95 ms | pages re-rendered |');
console.log('|---|---|---|---|');
for (const [name, r] of Object.entries(editResults)) console.log(`| ${name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.rendered} |`);

const browserSite = path.join(work, 'jtd-browser');
makeJtdSite(browserSite, 1000);
try {
  const reload = await measureBrowserReload(browserSite, path.join(work, 'jtd-browser-out'), 'docs/navigation/children.md', Math.min(edits, 20));
  if (reload) console.log(`\nIn Chromium, save → new text painted in the open page (jtd serve): p50 ${reload.p50.toFixed(0)} ms, p95 ${reload.p95.toFixed(0)} ms`);
  else console.log('\nChromium is not installed: no save-to-page figure.');
} catch (error) {
  console.log(`\nThe save-to-page measurement in Chromium failed: ${error.message.split('\n')[0]}`);
}

if (keep) console.log(`\nThe generated sites and outputs are in ${work}.`);
else fs.rmSync(work, { recursive: true, force: true });
