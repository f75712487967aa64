import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { AsyncCompiler, Exception } from 'sass-embedded';
import type { SassProblem, SassReply, SassRequest, SassWorkerData } from './sass-protocol.js';

/**
 * Runs Dart Sass (the embedded compiler, as jekyll-sass-converter 3 does) on its own thread, so that
 * loading it and waiting for stylesheets never holds up rendering pages.
 */
const { signal, syncReplies } = workerData as SassWorkerData;
const compiler: Promise<AsyncCompiler> = import('sass-embedded').then((sass) => sass.initAsyncCompiler());
compiler.catch(() => {});

/** Settles once the first stylesheet is answered: by then the code a compilation runs has been compiled. */
export const firstAnswer = settledOnce();

const DEPRECATIONS_JEKYLL_SITES_USE = ['import', 'global-builtin', 'color-functions', 'mixed-decls', 'slash-div'] as const;

parentPort!.on('message', (message: SassRequest | 'close') => {
  if (message === 'close') void close();
  else void answer(message);
});

async function answer(request: SassRequest): Promise<void> {
  const reply = await compile(request);
  if (request.sync) {
    syncReplies.postMessage(reply);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  } else {
    parentPort!.postMessage(reply);
  }
  firstAnswer.settle();
}

function settledOnce(): { readonly done: Promise<void>; settle(): void } {
  let settle = () => {};
  const done = new Promise<void>((resolve) => (settle = resolve));
  return { done, settle: () => settle() };
}

async function compile(request: SassRequest): Promise<SassReply> {
  try {
    const result = await (await compiler).compileStringAsync(request.source, {
      syntax: request.syntax,
      style: request.style,
      loadPaths: request.loadPaths,
      charset: true,
      url: new URL(request.url),
      silenceDeprecations: [...DEPRECATIONS_JEKYLL_SITES_USE],
      logger: { warn: () => {}, debug: () => {} },
    });
    const loadedFiles = result.loadedUrls.filter((url) => url.protocol === 'file:').map((url) => fileURLToPath(url));
    return { id: request.id, css: result.css, loadedFiles };
  } catch (error) {
    return { id: request.id, problem: problemOf(error) };
  }
}

function problemOf(error: unknown): SassProblem {
  if (!(error instanceof Error)) return { message: String(error), stack: '' };
  if (!('sassMessage' in error)) return { message: error.message, stack: '' };
  const { sassMessage, sassStack, span } = error as Exception;
  const file = span.url?.protocol === 'file:' ? fileURLToPath(span.url) : undefined;
  return { message: sassMessage, file, line: span.start.line + 1, column: span.start.column + 1, stack: sassStack };
}

async function close(): Promise<void> {
  try {
    await (await compiler).dispose();
  } finally {
    parentPort!.close();
    syncReplies.close();
  }
}
