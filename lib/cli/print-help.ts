import type { CliIo } from './cli-io.js';
import { commandHelp, findCommand, generalHelp } from './help.js';

/** Prints a command's help (or the general help) to stdout; exit status 0. */
export function printCommandHelp(name: string | undefined, io: CliIo): number {
  const command = name === undefined ? undefined : findCommand(name);
  io.stdout.write(command ? commandHelp(command) : generalHelp());
  return 0;
}
