import path from 'node:path';
import { createSite, FolderNotEmptyError } from '../new/create-site.js';
import { parseNewFlags, UsageError } from './args.js';
import type { CliIo } from './cli-io.js';
import { paintFor } from './paint.js';
import { printCommandHelp } from './print-help.js';

/** `jtd new DIR [--force]`. */
export async function runNew(argv: string[], io: CliIo): Promise<number> {
  const flags = parseNewFlags(argv);
  if (flags.help) return printCommandHelp('new', io);
  if (flags.directory === null) throw new UsageError("'jtd new' needs the folder to create, e.g. jtd new my-docs.", 'new');
  const paint = paintFor(io.stdout.colour);
  try {
    const site = createSite(flags.directory, { force: flags.force });
    if (!flags.quiet) io.stdout.write(nextSteps(flags.directory, site.files.length, site.title, paint.bold));
    return 0;
  } catch (error) {
    if (!(error instanceof FolderNotEmptyError)) throw error;
    io.stderr.write(`${paintFor(io.stderr.colour).red('Error:')} ${error.message}\n`);
    return 1;
  }
}

function nextSteps(directory: string, files: number, title: string, bold: (text: string) => string): string {
  const cd = path.isAbsolute(directory) || /\s/.test(directory) ? JSON.stringify(directory) : directory;
  return `Created "${title}" in ${directory} (${files} files).

Next:
  ${bold(`cd ${cd}`)}
  ${bold('npx jtd serve')}      # then open http://127.0.0.1:4000
`;
}
