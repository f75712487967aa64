import { build } from '../build/build.js';
import { parseBuildFlags } from './args.js';
import { summaryLine } from './build-summary.js';
import type { CliIo } from './cli-io.js';
import { commandOutput } from './command-output.js';
import { printCommandHelp } from './print-help.js';
import { reportFailure } from './report-failure.js';
import { buildAndCheck } from './run-check.js';
import { overridesFrom } from './site-overrides.js';

/** `jtd build [options]`; with `--check`, as `jtd check`. */
export async function runBuild(argv: string[], io: CliIo): Promise<number> {
  const flags = parseBuildFlags(argv);
  if (flags.help) return printCommandHelp('build', io);
  if (flags.check) return buildAndCheck(flags, io);
  const output = commandOutput(flags, io, 'Building…');
  output.progress.start();
  try {
    const summary = await build(overridesFrom(flags, io.env), output.logger, { profile: flags.profile });
    output.progress.stop();
    if (flags.profile) io.stdout.write(`${summary.profileTable}\n\n`);
    output.logger.info(summaryLine(summary, output.paint));
    return 0;
  } catch (error) {
    output.progress.stop();
    reportFailure(error, output.logger, flags.trace);
    return 1;
  }
}
