/**
 * Prints the per-language agreement with Rouge over the shared reference samples
 * (../shared/markdown/highlight/{samples,rouge}.json beside the repository). Run by hand:
 *   node dist/lib/highlight/tools/score-shared-samples.js [path/to/highlight]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addAgreements, agreementPercent, measureAgreement, type Agreement } from '../agreement.js';
import { createFullHighlighter } from '../lexer-catalog.js';
import type { Token } from '../token.js';

interface SharedRougeEntry {
  tokens: [string, string, string][];
}

const directory = process.argv[2] ?? join('..', 'shared', 'markdown', 'highlight');
const samples = JSON.parse(readFileSync(join(directory, 'samples.json'), 'utf8')) as Record<string, string>;
const rouge = JSON.parse(readFileSync(join(directory, 'rouge.json'), 'utf8')) as Record<string, SharedRougeEntry>;
const highlighter = createFullHighlighter();
const verbose = process.env['VERBOSE'] === '1';
let overall: Agreement = { same: 0, total: 0 };
for (const [lang, code] of Object.entries(samples)) {
  const expected: Token[] = (rouge[lang]?.tokens ?? []).map(([cls, text]) => ({ cls, text }));
  const tag = highlighter.findLexer(lang) ?? 'plaintext';
  const actual = highlighter.tokenize(code, tag);
  const agreement = measureAgreement(expected, actual);
  overall = addAgreements(overall, agreement);
  console.log(`${lang.padEnd(12)} ${agreementPercent(agreement).toFixed(1).padStart(5)}%  (${agreement.same}/${agreement.total})`);
  if (verbose) {
    console.log('  rouge:', JSON.stringify(expected.map((t) => [t.cls, t.text])));
    console.log('  ours: ', JSON.stringify(actual.map((t) => [t.cls, t.text])));
  }
}
console.log(`${'overall'.padEnd(12)} ${agreementPercent(overall).toFixed(1).padStart(5)}%  (${overall.same}/${overall.total})`);
