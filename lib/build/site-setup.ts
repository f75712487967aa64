import { packageRoot } from '../util/package-root.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SiteConfig } from '../config/config.js';
import { SiteError } from '../errors/site-error.js';
import { isWithin } from '../util/is-within.js';

/**
 * Refuses destinations that a clean-up would wreck: the source itself, a folder containing it, the
 * file-system root or the home folder.
 */
export function checkDestination(config: SiteConfig): void {
  if (fs.existsSync(config.destination) && !fs.statSync(config.destination).isDirectory()) {
    throw new SiteError(`The destination ${config.destination} is a file, not a folder. Choose a folder with -d.`);
  }
  const dangerous = [path.parse(config.destination).root, os.homedir()].map((p) => path.resolve(p));
  if (dangerous.includes(path.resolve(config.destination))) {
    throw new SiteError(`Refusing to build into ${config.destination}: jtd removes stale files from the destination. Choose a folder of its own with -d.`);
  }
  if (isWithin(config.destination, config.source)) {
    throw new SiteError(
      `The destination ${config.destination} is the source folder or contains it; building there would delete your site. Choose another destination with -d.`,
    );
  }
}

/** `theme: just-the-docs` (or a remote_theme of it) uses the theme bundled with jtd. */
export function resolveTheme(config: SiteConfig): string | null {
  const named = [config.site.remote_theme, config.site.theme];
  if (!named.some((theme) => typeof theme === 'string' && /just-the-docs/.test(theme))) return null;
  return packageRoot();
}
