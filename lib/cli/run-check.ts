import { build } from '../build/build.js';
import { resolveTheme } from '../build/site-setup.js';
import { checkBuiltSite, checkSources, sortFindings } from '../check/check-site.js';
import { formatFinding, type Finding } from '../check/finding.js';
import { loadConfig } from '../config/load.js';
import { Logger } from '../log/logger.js';
import { readSite } from '../read/read-site.js';
import { parseBuildFlags, type BuildFlags } from './args.js';
import { plural, summaryLine } from './build-summary.js';
import type { CliIo } from './cli-io.js';
import { commandOutput, type CommandOutput } from './command-output.js';
import { printCommandHelp } from './print-help.js';
import { reportFailure } from './report-failure.js';
import { overridesFrom } from './site-overrides.js';

/** `jtd check [options]`. */
export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const flags = parseBuildFlags(argv, 'check');
  if (flags.help) return printCommandHelp('check', io);
  return buildAndCheck(flags, io);
}

/**
 * Reads the site to check its `{% link %}` tags and learn which source each page comes from, builds
 * it, then checks the built pages. Exit status 1 when anything is found or the build fails.
 */
export async function buildAndCheck(flags: BuildFlags, io: CliIo): Promise<number> {
  const output = commandOutput(flags, io, 'Building…');
  const overrides = overridesFrom(flags, io.env);
  output.progress.start();
  try {
    const config = loadConfig(overrides);
    const themeDir = resolveTheme(config);
    const site = readSite(config, new Logger('quiet', () => {}), themeDir);
    const findings = checkSources(site, themeDir);
    const built = await buildReporting(overrides, output, flags.trace);
    output.progress.stop();
    const checked = built ? checkBuiltSite(config, site) : { findings: [], pages: 0 };
    const all = sortFindings([...findings, ...checked.findings]);
    printFindings(all, checked.pages, built, output);
    return built && all.length === 0 ? 0 : 1;
  } catch (error) {
    output.progress.stop();
    reportFailure(error, output.logger, flags.trace);
    return 1;
  }
}

async function buildReporting(overrides: ReturnType<typeof overridesFrom>, output: CommandOutput, trace: boolean): Promise<boolean> {
  try {
    output.logger.info(summaryLine(await build(overrides, output.logger), output.paint));
    return true;
  } catch (error) {
    output.progress.stop();
    reportFailure(error, output.logger, trace);
    return false;
  }
}

function printFindings(findings: Finding[], pages: number, built: boolean, output: CommandOutput): void {
  const paint = output.resultPaint;
  for (const finding of findings) output.result(formatFinding(finding).replace(/^([^:]+:\d+:)/, (where) => paint.bold(where)));
  if (!built) {
    output.logger.info(`${paint.red('Check incomplete')}: the build failed, so only {% link %} and {% post_url %} tags were checked.`);
  } else if (findings.length > 0) {
    output.logger.info(`${paint.red(plural(findings.length, 'problem'))} found in ${plural(pages, 'page')} checked.`);
  } else {
    output.logger.info(`${paint.green('No broken links')}, anchors, images or assets in ${plural(pages, 'page')}.`);
  }
}
