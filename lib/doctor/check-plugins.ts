import fs from 'node:fs';
import path from 'node:path';
import type { Site } from '../model/site.js';
import { GITHUB_PAGES_DEFAULTS, requestedPlugins } from '../plugins/enabled-plugins.js';
import { pluginProblems } from '../plugins/plugin-warnings.js';
import type { DoctorFinding } from './finding.js';

/** Plugins jtd does not run, Ruby plugins, and a site that GitHub Pages would build with plugins jtd leaves off. */
export function checkPlugins(site: Site): DoctorFinding[] {
  const requested = requestedPlugins(site.config);
  const findings: DoctorFinding[] = pluginProblems(site.config, requested).map((p) => ({ file: p.file, message: p.message }));
  if (!requested.githubPages && !fs.existsSync(path.join(site.config.source, 'Gemfile'))) {
    const loose = site.staticFiles.filter((f) => site.config.markdownExts.has(path.posix.extname(f.relativePath).toLowerCase()));
    const unlisted = GITHUB_PAGES_DEFAULTS.filter((name) => !requested.listed.includes(name));
    if (loose.length > 0 && unlisted.length > 0) {
      findings.push({
        file: loose[0].relativePath.replace(/^\//, ''),
        message:
          `${loose.length} Markdown file(s) have no front matter and are copied as they are. GitHub Pages would make them pages ` +
          `(jekyll-optional-front-matter and its other default plugins); without a Gemfile jtd builds as plain Jekyll does. ` +
          `Add remote_theme, a Gemfile with github-pages, or list the plugins in plugins: to build as Pages does.`,
      });
    }
  }
  return findings;
}
