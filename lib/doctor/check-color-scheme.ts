import fs from 'node:fs';
import path from 'node:path';
import { isHash } from '../config/merge.js';
import type { Site } from '../model/site.js';
import type { DoctorFinding } from './finding.js';

/**
 * A `color_scheme` that names no `_sass/color_schemes/<name>.scss` in the site or the theme: the theme's
 * stylesheet imports that file, so the build stops (in Jekyll too). Schemes from another theme or an older
 * just-the-docs (`legacy_light`) are the usual cause.
 */
export function checkColorScheme(site: Site, themeDir: string | null): DoctorFinding[] {
  const scheme = site.config.site.color_scheme;
  if (themeDir === null || typeof scheme !== 'string' || scheme === '' || scheme === 'nil' || scheme === 'light') return [];
  const sass = site.config.site.sass;
  const sassDir = isHash(sass) && typeof sass.sass_dir === 'string' ? sass.sass_dir : '_sass';
  const folders = [path.join(site.config.source, sassDir), path.join(themeDir, '_sass')];
  const names = [`${scheme}.scss`, `_${scheme}.scss`];
  if (folders.some((folder) => names.some((name) => fs.existsSync(path.join(folder, 'color_schemes', name))))) return [];
  return [
    {
      file: '_config.yml',
      message:
        `color_scheme: ${scheme} names no colour scheme: neither the site nor the theme has ${sassDir}/color_schemes/${scheme}.scss, ` +
        `so the stylesheet cannot be built. Add that file (it can @import "./color_schemes/light" and set colours) or use light or dark.`,
    },
  ];
}
