import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { CompiledSass, SassJob, SassWorker } from '../lib/sass/sass-worker-client.js';
import { SharedCompilations } from '../lib/sass/shared-compilations.js';

/** A Sass worker that records its jobs and answers each when told to. */
function fakeWorker() {
  const jobs: { job: SassJob; answer: (result: CompiledSass) => void; fail: (error: Error) => void }[] = [];
  const worker = {
    compile: (job: SassJob) => new Promise<CompiledSass>((answer, fail) => jobs.push({ job, answer, fail })),
  } as unknown as SassWorker;
  return { worker, jobs };
}

const job = (file: string): SassJob => ({ source: 'a { b: c }', syntax: 'scss', style: 'expanded', loadPaths: [], url: `file://${file}`, sourceMap: false });
const DEFAULT = path.resolve('/site/assets/css/default.scss');
const LIGHT = path.resolve('/site/assets/css/light.scss');
const IMPORTED = path.resolve('/site/_sass/x.scss');

test('a stylesheet asked for while the same output compiles takes that compilation, with its own file as loaded', async () => {
  const { worker, jobs } = fakeWorker();
  const shared = new SharedCompilations(worker);
  const first = shared.compile(job(DEFAULT), DEFAULT, 'same');
  const second = shared.compile(job(LIGHT), LIGHT, 'same');
  assert.is(jobs.length, 1);
  jobs[0].answer({ css: 'a{}', sourceMap: null, loadedFiles: [DEFAULT, IMPORTED] });
  assert.equal(await first, { css: 'a{}', sourceMap: null, loadedFiles: [DEFAULT, IMPORTED] });
  assert.equal(await second, { css: 'a{}', sourceMap: null, loadedFiles: [LIGHT, IMPORTED] });
});

test('a finished compilation serves nothing more: imported files may have changed', async () => {
  const { worker, jobs } = fakeWorker();
  const shared = new SharedCompilations(worker);
  const first = shared.compile(job(DEFAULT), DEFAULT, 'same');
  jobs[0].answer({ css: 'a{}', sourceMap: null, loadedFiles: [DEFAULT] });
  await first;
  void shared.compile(job(LIGHT), LIGHT, 'same');
  assert.is(jobs.length, 2);
});

test('when the shared compilation fails, the other stylesheet is compiled under its own name', async () => {
  const { worker, jobs } = fakeWorker();
  const shared = new SharedCompilations(worker);
  const first = shared.compile(job(DEFAULT), DEFAULT, 'same');
  const second = shared.compile(job(LIGHT), LIGHT, 'same');
  jobs[0].fail(new Error('Undefined variable.'));
  await first.catch(() => {});
  await new Promise((resolve) => setImmediate(resolve));
  assert.is(jobs.length, 2);
  assert.is(jobs[1].job.url, `file://${LIGHT}`);
  jobs[1].answer({ css: 'b{}', sourceMap: null, loadedFiles: [LIGHT] });
  assert.equal(await second, { css: 'b{}', sourceMap: null, loadedFiles: [LIGHT] });
});

test('different outputs compile separately', () => {
  const { worker, jobs } = fakeWorker();
  const shared = new SharedCompilations(worker);
  void shared.compile(job(DEFAULT), DEFAULT, 'one');
  void shared.compile(job(LIGHT), LIGHT, 'other');
  assert.is(jobs.length, 2);
});


test('a stylesheet that takes another\'s compilation gets the source map with its own file among the sources', async () => {
  const { worker, jobs } = fakeWorker();
  const shared = new SharedCompilations(worker);
  const first = shared.compile(job(DEFAULT), DEFAULT, 'same');
  const second = shared.compile(job(LIGHT), LIGHT, 'same');
  const map = (file: string) => JSON.stringify({ version: 3, sources: [pathToFileURL(file).href, pathToFileURL(IMPORTED).href], mappings: 'AAAA' });
  jobs[0].answer({ css: 'a{}', sourceMap: map(DEFAULT), loadedFiles: [DEFAULT, IMPORTED] });
  assert.is((await first).sourceMap, map(DEFAULT));
  assert.is((await second).sourceMap, map(LIGHT));
});

test.run();
