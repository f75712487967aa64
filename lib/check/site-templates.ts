import fs from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/config.js';

/** The site's own layouts and includes (the theme's are not the user's to fix). */
export function siteTemplateFiles(config: SiteConfig): string[] {
  const folders = [config.layoutsDir, config.includesDir].map((dir) => path.resolve(config.source, dir));
  return folders.flatMap(filesUnder);
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
  });
}
