import { terminalFor, type Env, type Terminal } from './terminal.js';

/** Where a command writes its results (stdout) and its messages (stderr), and the environment it sees. */
export interface CliIo {
  stdout: Terminal;
  stderr: Terminal;
  env: Env;
}

export function processIo(): CliIo {
  return { stdout: terminalFor(process.stdout), stderr: terminalFor(process.stderr), env: process.env };
}
