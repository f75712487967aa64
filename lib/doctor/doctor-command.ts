import { parseBuildFlags } from '../cli/args.js';
import type { CliIo } from '../cli/cli-io.js';
import { printCommandHelp } from '../cli/print-help.js';
import { overridesFrom } from '../cli/site-overrides.js';
import { formatSiteError, SiteError } from '../errors/site-error.js';
import { formatDoctorFinding } from './finding.js';
import { runDoctor } from './run-doctor.js';

/** `jtd doctor [options]`: one line per finding; exit status 0 when nothing needs attention. */
export async function runDoctorCommand(argv: string[], io: CliIo): Promise<number> {
  const flags = parseBuildFlags(argv, 'doctor');
  if (flags.help) return printCommandHelp('doctor', io);
  try {
    const findings = await runDoctor(overridesFrom(flags, io.env));
    for (const finding of findings) io.stdout.write(`${formatDoctorFinding(finding)}\n`);
    const count = findings.length;
    io.stdout.write(count === 0 ? 'Nothing needs attention.\n' : `${count} thing${count === 1 ? ' needs' : 's need'} attention.\n`);
    return count === 0 ? 0 : 1;
  } catch (error) {
    io.stderr.write(error instanceof SiteError ? `${formatSiteError(error)}\n` : `Error: ${(error as Error).message}\n`);
    return 1;
  }
}
