import { createRequire } from 'node:module';
import path from 'node:path';
import { loadConfig, type ConfigOverrides } from '../config/load.js';
import type { SiteConfig } from '../config/config.js';
import { SiteError } from '../errors/site-error.js';
import type { Logger } from '../log/logger.js';
import type { Site } from '../model/site.js';
import { readSite } from '../read/read-site.js';
import { writeSite } from '../write/write-site.js';
import { prepareRenderContext } from './render-context-factory.js';
import { renderSite } from './render-site.js';

export interface BuildSummary {
  pages: number;
  files: number;
  seconds: number;
  warnings: number;
}

/** One full build: read → generate → render → write. */
export async function build(overrides: ConfigOverrides, logger: Logger): Promise<BuildSummary> {
  const started = performance.now();
  const config = loadConfig(overrides);
  checkDestination(config);
  const themeDir = resolveTheme(config);
  const site: Site = readSite(config, logger, themeDir);
  const ctx = await prepareRenderContext(site, logger, themeDir);
  renderSite(ctx);
  const written = writeSite(site);
  return { ...written, seconds: (performance.now() - started) / 1000, warnings: logger.warnings.length };
}

/** Jekyll refuses to build into the source (it would delete it). */
function checkDestination(config: SiteConfig): void {
  const rel = path.relative(config.destination, config.source);
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    throw new SiteError(
      `The destination ${config.destination} is the source folder or contains it; building there would delete your site. Choose another destination with -d.`,
    );
  }
}

/** `theme: just-the-docs` (or a remote_theme of it) uses the theme bundled with jtd. */
function resolveTheme(config: SiteConfig): string | null {
  const theme = config.site.theme ?? config.site.remote_theme;
  if (typeof theme !== 'string' || !/just-the-docs/.test(theme)) return null;
  return path.resolve(path.dirname(createRequire(import.meta.url).resolve('../../../package.json')));
}
