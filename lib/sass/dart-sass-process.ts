import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { compileRequestPacket, PacketSplitter, readCompilerMessage, type CompileRequest, type CompilerMessage } from './embedded-protocol.js';

export type CompileOutcome = Extract<CompilerMessage, { kind: 'compiled' | 'failed' }>;

interface Waiting {
  resolve: (outcome: CompileOutcome) => void;
  reject: (error: Error) => void;
}

/** What the compiler last printed on its standard error is kept up to this length, for the message if it stops. */
const KEPT_STDERR = 4096;
/** Compilation ids are uint32; 0xffffffff is the protocol's id for errors about no compilation in particular. */
const LAST_ID = 0xfffffffe;

/**
 * Dart Sass's embedded compiler in a process of its own, spoken to over its standard input and output. It
 * compiles several stylesheets at once; each answer names the compilation it is for.
 */
export class DartSassProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting = new Map<number, Waiting>();
  private readonly packets = new PacketSplitter();
  private nextId = 1;
  private stderr = '';
  private failure: Error | null = null;
  readonly exited: Promise<void>;

  constructor(command: readonly string[]) {
    this.child = spawn(command[0], [...command.slice(1), '--embedded'], { stdio: 'pipe', windowsHide: true });
    this.child.stdout.on('data', (chunk: Buffer) => this.received(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString('utf8')).slice(-KEPT_STDERR)));
    this.child.stdin.on('error', () => {});
    this.child.on('error', (error) => this.fail(new Error(`Dart Sass could not start: ${error.message}`)));
    this.exited = new Promise((resolve) =>
      this.child.on('close', (code, signal) => {
        const said = this.stderr.trim();
        this.fail(new Error(`Dart Sass stopped (${signal ?? `exit code ${code}`})${said ? `: ${said}` : '.'}`));
        resolve();
      }),
    );
  }

  /** Whether the process has stopped (or could not start): it compiles nothing more. */
  get stopped(): boolean {
    return this.failure !== null;
  }

  compile(request: CompileRequest): Promise<CompileOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId;
    this.nextId = id === LAST_ID ? 1 : id + 1;
    const answer = new Promise<CompileOutcome>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.child.stdin.write(compileRequestPacket(id, request));
    return answer;
  }

  /** Lets the compiler finish and exit: it stops once its input ends. */
  close(): Promise<void> {
    this.child.stdin.end();
    return this.exited;
  }

  private received(chunk: Buffer): void {
    let packets;
    try {
      packets = this.packets.push(chunk);
    } catch (error) {
      this.stop(error as Error);
      return;
    }
    for (const { id, message } of packets) {
      let read: CompilerMessage;
      try {
        read = readCompilerMessage(id, message);
      } catch (error) {
        this.stop(error as Error);
        return;
      }
      if (read.kind === 'protocol-error') this.stop(new Error(`Dart Sass could not read a request: ${read.message}`));
      else if (read.kind !== 'other') this.settle(read);
    }
  }

  private settle(outcome: CompileOutcome): void {
    const waiting = this.waiting.get(outcome.id);
    this.waiting.delete(outcome.id);
    waiting?.resolve(outcome);
  }

  private stop(error: Error): void {
    this.fail(error);
    this.child.kill();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(this.failure);
    this.waiting.clear();
  }
}
