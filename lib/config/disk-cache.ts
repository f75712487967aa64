import path from 'node:path';
import type { SiteConfig } from './config.js';

/**
 * Where the caches kept between builds go: `.jtd-cache/<name>` in the source folder, as Jekyll keeps
 * `.jekyll-cache`; null when the site sets `disable_disk_cache`.
 */
export function diskCachePath(config: SiteConfig, name: string): string | null {
  return config.site.disable_disk_cache === true ? null : path.join(config.source, '.jtd-cache', name);
}
