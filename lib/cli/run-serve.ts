import { serveSite } from '../serve/serve-site.js';
import { parseServeFlags } from './args.js';
import type { CliIo } from './cli-io.js';
import { commandOutput } from './command-output.js';
import { printCommandHelp } from './print-help.js';
import { reportFailure } from './report-failure.js';
import { overridesFrom } from './site-overrides.js';
import { untilInterrupted } from './until-interrupted.js';

/** `jtd serve [options]`: serves until interrupted (Ctrl-C). */
export async function runServe(argv: string[], io: CliIo): Promise<number> {
  const flags = parseServeFlags(argv);
  if (flags.help) return printCommandHelp('serve', io);
  const output = commandOutput(flags, io, 'Building…');
  output.progress.start();
  try {
    const printProfile = flags.profile ? (table: string) => output.result(`${table}\n`) : undefined;
    const running = await serveSite(overridesFrom(flags, io.env), { ...flags, printProfile }, output.logger);
    output.progress.stop();
    if (flags.openUrl) openInBrowser(running.server.url);
    await untilInterrupted();
    await running.close();
    return 0;
  } catch (error) {
    output.progress.stop();
    reportFailure(error, output.logger, flags.trace);
    return 1;
  }
}

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'start' : 'xdg-open';
  import('node:child_process')
    .then(({ spawn }) => spawn(command, [url], { stdio: 'ignore', detached: true }).on('error', () => {}).unref())
    .catch(() => {});
}
