import { runFuzz } from './run-fuzz.js';

/** `npm run fuzz [-- --seconds N --seed S]`: a longer fuzzing run that reports what it tried and found. */
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const seconds = option('seconds', 300);
const seed = option('seed', Date.now() % 1_000_000);
console.log(`Fuzzing Markdown, Liquid and YAML for ${seconds} s from seed ${seed} ...`);
const report = await runFuzz({ seed, durationMs: seconds * 1000, perInputMs: 5000 });
console.log(`${report.tried} inputs tried, ${report.crashes.length} crashes, ${report.hangs.length} hangs`);
for (const finding of [...report.crashes, ...report.hangs].slice(0, 10)) {
  console.log(`\n${finding.kind}: ${JSON.stringify(finding.input)}\n${finding.error ?? '(hang)'}`);
}
process.exitCode = report.crashes.length + report.hangs.length > 0 ? 1 : 0;
