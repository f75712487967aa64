import { readFileSync } from 'node:fs';
import { build } from './build/build.js';
import { parseBuildFlags, UsageError, type BuildFlags } from './cli/args.js';
import { SiteError } from './errors/site-error.js';
import { Logger } from './log/logger.js';

const HELP = `jtd — builds Jekyll and just-the-docs sites the way Jekyll 4.3 does.

Usage:
  jtd build [options]     Build the site into the destination (default: _site)
  jtd help                Show this help
  jtd --version           Show the version

Build options (as Jekyll's):
  -s, --source DIR        Source folder (default: .)
  -d, --destination DIR   Destination folder (default: ./_site)
      --config FILE[,FILE]  Configuration files, merged left to right (default: _config.yml)
  -b, --baseurl URL       Serve the website from the given base URL
  -D, --drafts            Render posts in the _drafts folder
      --future            Publish posts and documents dated in the future
      --unpublished       Render posts marked published: false
  -t, --trace             Show the full stack trace when something fails
  -q, --quiet             Print only errors and warnings
  -V, --verbose           Print more about the build
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(HELP);
    return command === undefined ? 1 : 0;
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    process.stdout.write(`jtd ${version()}\n`);
    return 0;
  }
  if (command === 'build' || command === 'b') return runBuild(rest);
  process.stderr.write(`Unknown command '${command}'. Run 'jtd help' for the commands.\n`);
  return 2;
}

async function runBuild(argv: string[]): Promise<number> {
  let flags: BuildFlags;
  try {
    flags = parseBuildFlags(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const logger = new Logger(flags.quiet ? 'quiet' : flags.verbose ? 'verbose' : 'normal');
  try {
    const summary = await build(
      {
        source: flags.source,
        destination: flags.destination,
        configFiles: flags.config,
        baseurl: flags.baseurl,
        drafts: flags.drafts,
        future: flags.future,
        unpublished: flags.unpublished,
        environment: process.env.JEKYLL_ENV || 'development',
      },
      logger,
    );
    const warnings = summary.warnings ? `, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}` : '';
    logger.info(`Built ${summary.pages} pages and ${summary.files} files in ${summary.seconds.toFixed(2)} s${warnings}.`);
    return 0;
  } catch (error) {
    if (error instanceof SiteError) logger.error(error);
    else logger.error(`${(error as Error).message}${flags.trace ? `\n${(error as Error).stack}` : ''}`);
    if (flags.trace && error instanceof SiteError) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
