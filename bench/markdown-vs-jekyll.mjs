// node bench/markdown-vs-jekyll.mjs DIR_OR_FILE... [--show N]
// Builds every Markdown file found (as a page without Liquid or layout) with Jekyll and with jtd, and says how many
// pages are byte-identical, identical once white space is normalised (as the conformance kit does), or different,
// with where each different page first differs. Needs `jekyll` on PATH. It reports; it never fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args.splice(showAt, 2)[1]) : 20;
if (args.length === 0) {
  console.log('usage: node bench/markdown-vs-jekyll.mjs DIR_OR_FILE... [--show N]');
  process.exit(0);
}
if (spawnSync('jekyll', ['--version']).status !== 0) {
  console.log('jekyll is not on PATH: nothing to compare with.');
  process.exit(0);
}

const files = args.flatMap((arg) => markdownFiles(path.resolve(arg)));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-md-vs-jekyll-'));
const src = path.join(work, 'src');
fs.mkdirSync(src);
fs.writeFileSync(path.join(src, '_config.yml'), 'markdown: kramdown\n');
files.forEach((file, i) => {
  const frontMatter = `---\nrender_with_liquid: false\nlayout: null\nsource_file: ${JSON.stringify(file)}\n---\n`;
  fs.writeFileSync(path.join(src, `p${String(i + 1).padStart(5, '0')}.md`), frontMatter + fs.readFileSync(file, 'utf8'));
});

const jekyllOut = path.join(work, 'jekyll');
const jtdOut = path.join(work, 'jtd');
run('jekyll', ['build', '-q', '-s', src, '-d', jekyllOut]);
run('node', [path.resolve(import.meta.dirname, '../bin/jtd.js'), 'build', '-q', '-s', src, '-d', jtdOut]);

const normalise = (html) => html.replace(/[ \t\r\n\f\v]+/g, ' ').replace(/> </g, '><').trim();
const counts = { identical: 0, whiteSpaceOnly: 0, different: 0 };
const differences = [];
files.forEach((file, i) => {
  const page = `p${String(i + 1).padStart(5, '0')}.html`;
  const expected = fs.readFileSync(path.join(jekyllOut, page), 'utf8');
  const actual = fs.readFileSync(path.join(jtdOut, page), 'utf8');
  if (expected === actual) counts.identical++;
  else if (normalise(expected) === normalise(actual)) counts.whiteSpaceOnly++;
  else {
    counts.different++;
    differences.push([file, firstDifference(normalise(expected), normalise(actual))]);
  }
});
console.log(`${files.length} Markdown files: ${counts.identical} byte-identical, ${counts.whiteSpaceOnly} identical after white space normalisation, ${counts.different} different`);
for (const [file, [expected, actual]] of differences.slice(0, show)) console.log(`\n${file}\n  jekyll: ${expected}\n  jtd:    ${actual}`);
fs.rmSync(work, { recursive: true, force: true });

function markdownFiles(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (stat === undefined) return [];
  if (stat.isFile()) return /\.(md|markdown)$/i.test(target) ? [target] : [];
  return fs.readdirSync(target, { withFileTypes: true }).flatMap((entry) =>
    entry.isSymbolicLink() ? [] : markdownFiles(path.join(target, entry.name)),
  ).sort();
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
  if (result.status !== 0) console.log(`${command} exited with ${result.status}:\n${result.stderr.slice(-2000)}`);
}

function firstDifference(expected, actual) {
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at++;
  const from = Math.max(0, at - 60);
  return [JSON.stringify(expected.slice(from, at + 60)), JSON.stringify(actual.slice(from, at + 60))];
}
