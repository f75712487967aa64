import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from './util/package-root.js';
import { UsageError } from './cli/args.js';
import { processIo, type CliIo } from './cli/cli-io.js';
import { COMMANDS, findCommand, generalHelp } from './cli/help.js';
import { paintFor } from './cli/paint.js';
import { printCommandHelp } from './cli/print-help.js';
import { closestMatch } from './cli/suggest.js';

type CommandRunner = (argv: string[], io: CliIo) => Promise<number>;

/** Each command's code is loaded when it runs: `jtd build` never loads the server, the watcher or the checker. */
const RUNNERS: Record<string, () => Promise<CommandRunner>> = {
  build: async () => (await import('./cli/run-build.js')).runBuild,
  serve: async () => (await import('./cli/run-serve.js')).runServe,
  check: async () => (await import('./cli/run-check.js')).runCheck,
  doctor: async () => (await import('./doctor/doctor-command.js')).runDoctorCommand,
  new: async () => (await import('./cli/run-new.js')).runNew,
  help: async () => async ([topic], io) => helpFor(topic, io),
};

/** Runs `jtd COMMAND ...`; resolves to the exit status. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr.write(generalHelp());
    return 1;
  }
  if (command === '--help' || command === '-h') return printCommandHelp(undefined, io);
  if (command === '--version' || command === '-v' || command === 'version') {
    io.stdout.write(`jtd ${version()}\n`);
    return 0;
  }
  const name = findCommand(command)?.name ?? command;
  if (!Object.hasOwn(RUNNERS, name)) return unknownCommand(command, io);
  const runner = await RUNNERS[name]();
  try {
    return await runner(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usageFailure(error, io);
  }
}

function helpFor(topic: string | undefined, io: CliIo): number {
  if (topic !== undefined && !findCommand(topic)) return unknownCommand(topic, io);
  return printCommandHelp(topic, io);
}

function unknownCommand(command: string, io: CliIo): number {
  const names = [...COMMANDS.flatMap((c) => [c.name, ...c.aliases]), ...Object.keys(RUNNERS)];
  const suggestion = command.startsWith('-') ? null : closestMatch(command, names);
  const hint = suggestion ? ` Did you mean 'jtd ${findCommand(suggestion)?.name ?? suggestion}'?` : '';
  const paint = paintFor(io.stderr.colour);
  io.stderr.write(`${paint.red('Error:')} unknown command '${command}'.${hint} Run 'jtd help' for the commands.\n`);
  return 2;
}

function usageFailure(error: UsageError, io: CliIo): number {
  const paint = paintFor(io.stderr.colour);
  io.stderr.write(`${paint.red('Error:')} ${error.message} Run 'jtd help ${error.command}' for its options.\n`);
  return 2;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
