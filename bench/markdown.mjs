#!/usr/bin/env node
// Cost of the kramdown layer: createMarkdown().render against plain markdown-it on the same input.
//
//   npx tsc -p tsconfig.json && node bench/markdown.mjs [--rounds N] [--rouge]
//
// Input: every Markdown file of the markdown-corpus and markdown-kramdown conformance cases and
// of the jtd-docs reference site (front matter stripped, Liquid left in place as plain text).
// Code blocks use the fallback highlighter unless --rouge is given, because plain markdown-it
// does not highlight at all. Prints both times per round and the ratio of the fastest rounds.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { createMarkdown } from '../dist/lib/markdown/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = join(ROOT, '..', 'shared');
const SOURCES = [
  join(SHARED, 'conformance/cases/markdown-corpus/src'),
  join(SHARED, 'conformance/cases/markdown-kramdown/src'),
  join(SHARED, 'theme/sites/jtd-docs/src/docs'),
];
const FRONT_MATTER = /^---\s*\n[\s\S]*?\n?^(?:---|\.\.\.)\s*$\n?/m;

function markdownFiles(dir) {
  let files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files = files.concat(markdownFiles(path));
    else if (/\.(md|markdown)$/.test(name)) files.push(path);
  }
  return files;
}

function loadDocuments() {
  const documents = [];
  for (const dir of SOURCES) {
    for (const file of markdownFiles(dir)) {
      const text = readFileSync(file, 'utf8');
      documents.push(text.startsWith('---') ? text.replace(FRONT_MATTER, '') : text);
    }
  }
  return documents;
}

function option(args, name, fallback) {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : fallback;
}

async function rougeHighlighter() {
  const { loadHighlighter } = await import('../dist/lib/highlight/index.js');
  const rouge = await loadHighlighter();
  return { findLexer: (lang) => rouge.findLexer(lang), highlight: (code, lexer) => rouge.highlightCode(code, lexer) };
}

// CPU time of this process, not wall time: the numbers stay comparable on a busy machine.
function timeRenders(render, documents, repeat) {
  const start = process.cpuUsage();
  let bytes = 0;
  for (let i = 0; i < repeat; i++) for (const doc of documents) bytes += render(doc).length;
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, bytes };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const args = process.argv.slice(2);
  const rounds = option(args, '--rounds', 15);
  const repeat = option(args, '--repeat', 5);
  const documents = loadDocuments();
  const inputBytes = documents.reduce((sum, doc) => sum + doc.length, 0);
  const highlight = args.includes('--rouge') ? await rougeHighlighter() : undefined;
  const layer = createMarkdown(highlight ? { highlight } : {});
  const plain = new MarkdownIt({ html: true, xhtmlOut: true });
  const renderLayer = (doc) => layer.render(doc);
  const renderPlain = (doc) => plain.render(doc);

  console.log(`${documents.length} documents, ${(inputBytes / 1024).toFixed(0)} KiB, ${repeat} passes per round`);
  timeRenders(renderLayer, documents, 10);
  timeRenders(renderPlain, documents, 10);
  const ratios = [];
  const plainTimes = [];
  const layerTimes = [];
  for (let round = 1; round <= rounds; round++) {
    const plainTime = timeRenders(renderPlain, documents, repeat).ms;
    const layerTime = timeRenders(renderLayer, documents, repeat).ms;
    ratios.push(layerTime / plainTime);
    plainTimes.push(plainTime);
    layerTimes.push(layerTime);
    console.log(`round ${round}: markdown-it ${plainTime.toFixed(1)} ms, kramdown layer ${layerTime.toFixed(1)} ms, ratio ${(layerTime / plainTime).toFixed(2)}`);
  }
  // The fastest round of each side is the least disturbed by other work on the machine.
  const ratio = Math.min(...layerTimes) / Math.min(...plainTimes);
  console.log(`median of round ratios: ${median(ratios).toFixed(2)}`);
  console.log(`ratio of fastest rounds: ${ratio.toFixed(2)} (limit 2.00) ${ratio <= 2 ? 'OK' : 'TOO SLOW'}`);
}

await main();
