import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { dartSassCommand } from './compiler-command.js';
import { DartSassProcess, type CompileOutcome } from './dart-sass-process.js';
import type { SassProblem, SassReply, SassRequest, SassWorkerData } from './sass-protocol.js';

/**
 * Speaks to Dart Sass (its embedded compiler, as jekyll-sass-converter 3 uses) from a thread of its own, so
 * that the build can wait for a stylesheet when it has to (the `scssify` filter) and otherwise goes on.
 */
const { signal, syncReplies } = workerData as SassWorkerData;
/** Started with the thread, so that it starts while the build reads the site; started again if it stopped. */
let compiler: DartSassProcess | Error = startCompiler();

function startCompiler(): DartSassProcess | Error {
  try {
    return new DartSassProcess(dartSassCommand());
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

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
    if (!(compiler instanceof Error) && compiler.stopped) compiler = startCompiler();
    if (compiler instanceof Error) throw compiler;
    const { source, syntax, style, loadPaths, url, sourceMap } = request;
    return replyOf(request.id, await compiler.compile({ source, syntax, style, loadPaths, url, sourceMap, silenceDeprecations: DEPRECATIONS_JEKYLL_SITES_USE }));
  } catch (error) {
    return { id: request.id, problem: { message: error instanceof Error ? error.message : String(error), stack: '' } };
  }
}

function replyOf(id: number, outcome: CompileOutcome): SassReply {
  const loadedFiles = outcome.loadedUrls.filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url));
  if (outcome.kind === 'compiled') return { id, css: outcome.css, sourceMap: outcome.sourceMap, loadedFiles };
  const { message, span, stack } = outcome;
  const where = span?.url.startsWith('file:') ? { file: fileURLToPath(span.url), line: span.line + 1, column: span.column + 1 } : {};
  const problem: SassProblem = { message, stack, ...where };
  return { id, problem };
}

async function close(): Promise<void> {
  try {
    if (!(compiler instanceof Error)) await compiler.close();
  } finally {
    parentPort!.close();
    syncReplies.close();
  }
}
