import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from '../build/build.js';
import { resolveTheme } from '../build/site-setup.js';
import { checkBuiltSite, checkSources, sortFindings } from '../check/check-site.js';
import type { ConfigOverrides } from '../config/load.js';
import { loadConfig } from '../config/load.js';
import { Logger } from '../log/logger.js';
import { readSite } from '../read/read-site.js';
import { SiteError } from '../errors/site-error.js';
import { checkColorScheme } from './check-color-scheme.js';
import { checkOverrides } from './check-overrides.js';
import { checkParents } from './check-parents.js';
import { checkPlugins } from './check-plugins.js';
import { fromLinkFinding, type DoctorFinding } from './finding.js';

/**
 * What jtd treats differently from Jekyll (and GitHub Pages) for this site, and what the site gets
 * wrong in ways a build does not stop for: plugins, retired theme overrides, nav parents, then broken
 * links and anchors in a build made in a temporary folder (the site's destination is not touched).
 */
export async function runDoctor(overrides: ConfigOverrides): Promise<DoctorFinding[]> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-doctor-'));
  try {
    const inScratch = { ...overrides, destination: path.join(scratch, 'site') };
    const config = loadConfig(inScratch);
    const themeDir = resolveTheme(config);
    const logger = new Logger('quiet', () => {});
    const site = readSite(config, logger, themeDir);
    const findings = [...checkPlugins(site), ...checkColorScheme(site, themeDir), ...checkOverrides(site, themeDir), ...checkParents(site)];
    const failure = await buildOrFailure(inScratch, logger);
    const built = failure === null ? checkBuiltSite(config, site).findings : [];
    const links = sortFindings([...checkSources(site, themeDir), ...built]);
    return [...findings, ...links.map(fromLinkFinding), ...buildWarnings(logger, findings), ...(failure === null ? [] : [failure])];
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * A build that stops on an error in the site becomes the last finding, at the error's file and line, so the
 * findings read before it are still listed; links in the built pages are then not checked.
 */
async function buildOrFailure(overrides: ConfigOverrides, logger: Logger): Promise<DoctorFinding | null> {
  try {
    await build(overrides, logger);
    return null;
  } catch (error) {
    if (!(error instanceof SiteError)) throw error;
    const where = error.location;
    const chain = error.trail.map((step) => step.file).filter((file) => file !== where?.file);
    const via = chain.length > 0 ? ` (from ${chain.join(', ')})` : '';
    return {
      file: where?.file ?? '_config.yml',
      line: where?.line,
      message: `the build stops here: ${error.message.replace(/\.$/, '')}${via}. Links in the built pages were not checked.`,
    };
  }
}

/** Warnings of the build that no check above already reported, one line each at the warning's file and line. */
function buildWarnings(logger: Logger, reported: DoctorFinding[]): DoctorFinding[] {
  const seen = new Set<string>();
  const findings: DoctorFinding[] = [];
  for (const warning of logger.warnings) {
    const place = /^(.*?):(\d+)(?::\d+)?$/.exec(warning.location);
    const file = place ? place[1] : warning.location || '_config.yml';
    const firstLine = warning.text.split('\n')[0];
    const text = (firstLine.startsWith(`${warning.location}: `) ? firstLine.slice(warning.location.length + 2) : firstLine)
      .replace(/^Warning:\s*/, '')
      .replace(/^Build Warning:\s*/, '');
    const key = `${file}:${place?.[2] ?? ''}:${text}`;
    if (seen.has(key) || reported.some((f) => text.includes(f.message))) continue;
    seen.add(key);
    findings.push({ file, line: place ? Number(place[2]) : undefined, message: `build warning: ${text}` });
  }
  return findings;
}
