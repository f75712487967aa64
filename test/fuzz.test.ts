import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runFuzz } from './fuzz/run-fuzz.js';

test('seeded random Markdown, Liquid and YAML never crash or hang the engines', async () => {
  const report = await runFuzz({ seed: 20261124, durationMs: 25_000, perInputMs: 5000 });
  console.log(`  fuzz: ${report.tried} inputs tried, ${report.crashes.length} crashes, ${report.hangs.length} hangs`);
  assert.ok(report.tried > 1000, `only ${report.tried} inputs were tried`);
  assert.equal(report.crashes.slice(0, 3), [], 'crashes');
  assert.equal(report.hangs.slice(0, 3), [], 'hangs');
});

test.run();
