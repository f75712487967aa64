import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { SassProblem, SassReply, SassRequest, SassWorkerData } from './sass-protocol.js';

export type SassJob = Omit<SassRequest, 'id' | 'sync'>;

export interface CompiledSass {
  css: string;
  /** Dart Sass's source map, when one was asked for. */
  sourceMap: string | null;
  /** Every file the compilation read. */
  loadedFiles: string[];
}

interface Running {
  worker: Worker;
  signal: Int32Array;
  syncReplies: MessagePort;
}

interface Waiting {
  resolve: (result: CompiledSass) => void;
  reject: (error: Error) => void;
}

/** An idle worker (and its Dart process) goes away after this long; the next stylesheet starts it again. */
const IDLE_MS = 2000;
const SYNC_ANSWER_LIMIT_MS = 120_000;

/**
 * The build's side of the Sass worker: `compile` answers later, while pages go on rendering; `compileNow`
 * blocks until the worker answers (for the `sassify`/`scssify` filters and for a page that reads a
 * stylesheet's content before its compilation came back). The worker never keeps the process alive.
 */
export class SassWorker {
  private running: Running | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  private idleTimer: NodeJS.Timeout | null = null;

  /** Starts the worker before the first stylesheet needs it, so loading Sass overlaps other work. */
  warmUp(): void {
    this.ensureRunning();
    this.becameIdle();
  }

  compile(job: SassJob): Promise<CompiledSass> {
    const running = this.ensureRunning();
    const id = this.nextId++;
    const answer = new Promise<CompiledSass>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    running.worker.ref();
    running.worker.postMessage({ ...job, id, sync: false } satisfies SassRequest);
    return answer;
  }

  compileNow(job: SassJob): CompiledSass {
    const running = this.ensureRunning();
    const id = this.nextId++;
    Atomics.store(running.signal, 0, 0);
    running.worker.postMessage({ ...job, id, sync: true } satisfies SassRequest);
    const woke = Atomics.wait(running.signal, 0, 0, SYNC_ANSWER_LIMIT_MS);
    const received = receiveMessageOnPort(running.syncReplies);
    this.becameIdle();
    if (woke === 'timed-out' || !received) throw new Error(`Sass did not answer within ${SYNC_ANSWER_LIMIT_MS / 1000} s.`);
    return resultOf(received.message as SassReply);
  }

  close(): void {
    const running = this.running;
    if (!running) return;
    this.running = null;
    this.clearIdleTimer();
    running.worker.postMessage('close');
    running.worker.unref();
    running.syncReplies.close();
    this.failWaiting(new Error('Sass was stopped before it answered.'));
  }

  private ensureRunning(): Running {
    this.clearIdleTimer();
    if (this.running) return this.running;
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const workerData: SassWorkerData = { signal, syncReplies: port2 };
    const worker = new Worker(new URL('./sass-worker.js', import.meta.url), { workerData, transferList: [port2] });
    worker.unref();
    port1.unref();
    worker.on('message', (reply: SassReply) => this.settle(reply));
    worker.on('error', (error) => this.stopped(worker, error));
    worker.on('exit', () => this.stopped(worker, new Error('Sass stopped unexpectedly.')));
    const running = { worker, signal, syncReplies: port1 };
    this.running = running;
    return running;
  }

  private settle(reply: SassReply): void {
    const waiting = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) this.becameIdle();
    if (!waiting) return;
    try {
      waiting.resolve(resultOf(reply));
    } catch (error) {
      waiting.reject(error as Error);
    }
  }

  private stopped(worker: Worker, error: Error): void {
    if (this.running?.worker !== worker) return;
    this.running = null;
    this.clearIdleTimer();
    this.failWaiting(error);
  }

  private failWaiting(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }

  private becameIdle(): void {
    if (!this.running || this.waiting.size > 0) return;
    this.running.worker.unref();
    this.clearIdleTimer();
    this.idleTimer = setTimeout(() => this.close(), IDLE_MS);
    this.idleTimer.unref();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

/** A stylesheet Dart Sass could not compile. */
export class SassFailure extends Error {
  constructor(readonly problem: SassProblem) {
    super(problem.message);
    this.name = 'SassFailure';
  }
}

function resultOf(reply: SassReply): CompiledSass {
  if ('problem' in reply) throw new SassFailure(reply.problem);
  return { css: reply.css, sourceMap: reply.sourceMap, loadedFiles: reply.loadedFiles };
}
