import type { CliIo } from './cli-io.js';
import type { Env } from './terminal.js';

export interface CapturedIo extends CliIo {
  /** Everything written to stdout and stderr so far. */
  out(): string;
  err(): string;
}

/** An in-memory CliIo, for running commands inside a program or a test. */
export function capturedIo(options: { interactive?: boolean; colour?: boolean; env?: Env } = {}): CapturedIo {
  const written = { out: '', err: '' };
  const terminal = (key: 'out' | 'err') => ({
    write: (text: string) => void (written[key] += text),
    interactive: options.interactive ?? false,
    colour: options.colour ?? false,
  });
  return { stdout: terminal('out'), stderr: terminal('err'), env: options.env ?? {}, out: () => written.out, err: () => written.err };
}
