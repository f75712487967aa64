import { readFileSync } from 'node:fs';
import { build } from './build/build.js';
import { parseBuildFlags, parseServeFlags, UsageError, type BuildFlags, type ServeFlags } from './cli/args.js';
import type { ConfigOverrides } from './config/load.js';
import { serveSite } from './serve/serve-site.js';
import { SiteError } from './errors/site-error.js';
import { Logger } from './log/logger.js';

const HELP = `jtd — builds Jekyll and just-the-docs sites the way Jekyll 4.3 does.

Usage:
  jtd build [options]     Build the site into the destination (default: _site)
  jtd serve [options]     Build, serve on http://127.0.0.1:4000, rebuild on changes and reload the browser
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
      --strict            Treat every warning (invalid front matter, a missing layout, ...) as an error

Serve options (also the build options above):
  -H, --host HOST         Host to listen on (default: 127.0.0.1)
  -P, --port PORT         Port to listen on (default: 4000)
      --no-livereload     Do not reload the browser after a rebuild (live reload is on by default)
  -o, --open-url          Open the site in the browser
      --no-watch          Build and serve, without watching for changes
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
  if (command === 'serve' || command === 's' || command === 'server') return runServe(rest);
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
  const logger = loggerFor(flags);
  try {
    const summary = await build(overridesFrom(flags), logger);
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

async function runServe(argv: string[]): Promise<number> {
  let flags: ServeFlags;
  try {
    flags = parseServeFlags(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const logger = loggerFor(flags);
  try {
    const running = await serveSite(overridesFrom(flags), flags, logger);
    if (flags.openUrl) openInBrowser(running.server.url);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await running.close();
    return 0;
  } catch (error) {
    logger.error(`${(error as Error).message}`);
    return 1;
  }
}

function overridesFrom(flags: BuildFlags): ConfigOverrides {
  return {
    source: flags.source,
    destination: flags.destination,
    configFiles: flags.config,
    baseurl: flags.baseurl,
    drafts: flags.drafts,
    future: flags.future,
    unpublished: flags.unpublished,
    environment: process.env.JEKYLL_ENV || 'development',
  };
}

function loggerFor(flags: BuildFlags): Logger {
  const logger = new Logger(flags.quiet ? 'quiet' : flags.verbose ? 'verbose' : 'normal');
  logger.strict = flags.strict;
  return logger;
}

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'start' : 'xdg-open';
  import('node:child_process')
    .then(({ spawn }) => spawn(command, [url], { stdio: 'ignore', detached: true }).on('error', () => {}).unref())
    .catch(() => {});
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
