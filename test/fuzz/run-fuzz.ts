import { Worker } from 'node:worker_threads';

export interface FuzzFinding {
  kind: string;
  input: string;
  error?: string;
}

export interface FuzzReport {
  tried: number;
  crashes: FuzzFinding[];
  hangs: FuzzFinding[];
}

/**
 * Feeds seeded random Markdown, Liquid and YAML to the engines in a worker thread. An input that runs
 * longer than `perInputMs` is a hang: the worker is stopped and a new one continues with the next seed.
 */
export async function runFuzz(options: { seed: number; durationMs: number; perInputMs?: number; maxInputs?: number }): Promise<FuzzReport> {
  const report: FuzzReport = { tried: 0, crashes: [], hangs: [] };
  const until = Date.now() + options.durationMs;
  let seed = options.seed;
  while (Date.now() < until && report.tried < (options.maxInputs ?? Infinity)) {
    const remaining = (options.maxInputs ?? Infinity) - report.tried;
    await runWorker(seed++, until, remaining, options.perInputMs ?? 5000, report);
  }
  return report;
}

function runWorker(seed: number, until: number, maxInputs: number, perInputMs: number, report: FuzzReport): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./fuzz-worker.js', import.meta.url), { workerData: { seed, until, maxInputs } });
    let current: FuzzFinding | null = null;
    let watchdog: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        if (current) report.hangs.push(current);
        void worker.terminate();
      }, perInputMs);
    };
    worker.on('message', (message: { type: string; kind: string; input: string; error?: string; tried?: number }) => {
      if (message.type === 'start') {
        if (current) report.tried++;
        current = { kind: message.kind, input: message.input };
        arm();
      } else if (message.type === 'crash') {
        report.crashes.push({ kind: message.kind, input: message.input, error: message.error });
      } else if (message.type === 'done') {
        if (current) report.tried++;
        current = null;
      }
    });
    worker.on('error', (error) => {
      if (current) report.crashes.push({ ...current, error: String(error) });
      current = null;
    });
    worker.on('exit', () => {
      clearTimeout(watchdog);
      resolve();
    });
  });
}
