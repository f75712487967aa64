// Runs a command as a whole process and reports wall seconds, CPU seconds and peak RSS (MB).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const USAGE = path.join(import.meta.dirname, 'report-usage.mjs');

/**
 * Node commands get the usage reporter preloaded; others are measured by wall time only. Node commands (jtd, the
 * floor scripts, Eleventy alike) run without NODE_EXTRA_CA_CERTS: see `nodeEnvironment`.
 */
export function measure(command, args, { node = true, env = {} } = {}) {
  const fullArgs = node ? ['--import', USAGE, ...args] : args;
  const started = performance.now();
  const environment = node ? nodeEnvironment(env) : { ...process.env, ...env };
  const result = spawnSync(node ? process.execPath : command, fullArgs, { encoding: 'utf8', maxBuffer: 1 << 26, env: environment });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.slice(-2000)}`);
  const line = /@@usage (.*)/.exec(result.stderr ?? '');
  const usage = line ? JSON.parse(line[1]) : null;
  return { wall, cpu: usage ? usage.user + usage.system : null, rss: usage ? usage.maxRssMb : null, mainRan: usage?.mainRan ?? null, mainWaited: usage?.mainWaited ?? null };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function medianRun(runs, run) {
  const results = Array.from({ length: runs }, run);
  const pick = (key) => (results[0][key] == null ? null : median(results.map((r) => r[key])));
  return { wall: pick('wall'), cpu: pick('cpu'), rss: pick('rss'), mainRan: pick('mainRan'), mainWaited: pick('mainWaited') };
}

/**
 * NODE_EXTRA_CA_CERTS makes every Node.js process read and parse the certificates it names before running anything
 * (the system's whole bundle, on the machines some of these figures come from). No build makes a TLS connection:
 * the measured Node.js commands run without it, as on a machine that does not set it.
 */
export function nodeEnvironment(env = {}) {
  const environment = { ...process.env, ...env };
  delete environment.NODE_EXTRA_CA_CERTS;
  return environment;
}

/** Milliseconds NODE_EXTRA_CA_CERTS adds to starting Node.js here (median of 5 starts each way), or null when it is not set. */
export function extraCaCertsCost() {
  if (!process.env.NODE_EXTRA_CA_CERTS) return null;
  const start = (env) => {
    const started = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { env });
    return performance.now() - started;
  };
  const [withIt, without] = [[], []];
  for (let i = 0; i < 5; i++) {
    withIt.push(start(process.env));
    without.push(start(nodeEnvironment()));
  }
  return median(withIt) - median(without);
}
