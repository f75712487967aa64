// Runs a command as a whole process and reports wall seconds, CPU seconds and peak RSS (MB).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const USAGE = path.join(import.meta.dirname, 'report-usage.mjs');

/** Node commands get the usage reporter preloaded; others are measured by wall time only. */
export function measure(command, args, { node = true, env = {} } = {}) {
  const fullArgs = node ? ['--import', USAGE, ...args] : args;
  const started = performance.now();
  const result = spawnSync(node ? process.execPath : command, fullArgs, { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...env } });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.slice(-2000)}`);
  const line = /@@usage (.*)/.exec(result.stderr ?? '');
  const usage = line ? JSON.parse(line[1]) : null;
  return { wall, cpu: usage ? usage.user + usage.system : null, rss: usage ? usage.maxRssMb : null };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function medianRun(runs, run) {
  const results = Array.from({ length: runs }, run);
  const pick = (key) => (results[0][key] === null ? null : median(results.map((r) => r[key])));
  return { wall: pick('wall'), cpu: pick('cpu'), rss: pick('rss') };
}
