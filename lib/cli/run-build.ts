import { build } from '../build/build.js';
import { parseBuildCommandFlags, type BuildCommandFlags } from './args.js';
import { summaryLine } from './build-summary.js';
import type { CliIo } from './cli-io.js';
import { commandOutput } from './command-output.js';
import { printCommandHelp } from './print-help.js';
import { reportFailure } from './report-failure.js';
import { buildAndCheck } from './run-check.js';
import { overridesFrom } from './site-overrides.js';
import { untilInterrupted } from './until-interrupted.js';

/** `jtd build [options]`; with `--check`, as `jtd check`; with `--watch`, until interrupted. */
export async function runBuild(argv: string[], io: CliIo): Promise<number> {
  const flags = parseBuildCommandFlags(argv);
  if (flags.help) return printCommandHelp('build', io);
  if (flags.check) return buildAndCheck(flags, io);
  if (flags.watch) return buildAndWatch(flags, io);
  const output = commandOutput(flags, io, 'Building…');
  output.progress.start();
  try {
    const summary = await build(overridesFrom(flags, io.env), output.logger, { profile: flags.profile });
    output.progress.stop();
    if (flags.profile) output.result(`${summary.profileTable}\n`);
    output.logger.info(summaryLine(summary, output.paint));
    return 0;
  } catch (error) {
    output.progress.stop();
    reportFailure(error, output.logger, flags.trace);
    return 1;
  }
}

/** `jtd build --watch`: builds, then rebuilds what each change affects until Ctrl+C. */
async function buildAndWatch(flags: BuildCommandFlags, io: CliIo): Promise<number> {
  const output = commandOutput(flags, io, 'Building…');
  const { watchBuild } = await import('../watch/watch-build.js');
  const printProfile = flags.profile ? (table: string) => output.result(`${table}\n`) : undefined;
  const watching = await watchBuild(overridesFrom(flags, io.env), output.logger, { polling: flags.forcePolling, printProfile });
  await untilInterrupted();
  await watching.close();
  return 0;
}
