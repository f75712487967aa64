import { parentPort, workerData } from 'node:worker_threads';
import { randomLiquid, randomMarkdown, randomYaml } from './generators.js';
import { createFuzzTarget, isCrash, type InputKind } from './fuzz-target.js';
import { Random } from './random.js';

interface Job {
  seed: number;
  until: number;
  maxInputs: number;
}

const job = workerData as Job;
const run = await createFuzzTarget();
const rng = new Random(job.seed);
const kinds: InputKind[] = ['markdown', 'liquid', 'yaml'];
let tried = 0;
while (Date.now() < job.until && tried < job.maxInputs) {
  const kind = kinds[tried % 3];
  const input = kind === 'markdown' ? randomMarkdown(rng) : kind === 'liquid' ? randomLiquid(rng) : randomYaml(rng);
  parentPort!.postMessage({ type: 'start', kind, input });
  try {
    run(kind, input);
  } catch (error) {
    if (isCrash(error)) parentPort!.postMessage({ type: 'crash', kind, input, error: String((error as Error).stack ?? error) });
  }
  tried++;
}
parentPort!.postMessage({ type: 'done', tried });
