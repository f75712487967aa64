import fs from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/config.js';
import { BUILT_IN_PLUGINS, PARTIAL_PLUGINS, findPlugin } from './plugin-table.js';
import type { RequestedPlugins } from './enabled-plugins.js';

/** What a site asks of plugins that jtd does not do, one message each (used by the build and by `jtd doctor`). */
export interface PluginProblem {
  file: string;
  message: string;
}

export function pluginProblems(config: SiteConfig, requested: RequestedPlugins): PluginProblem[] {
  const problems: PluginProblem[] = [...themeProblems(config)];
  for (const name of requested.listed) {
    if (findPlugin(name) || name in BUILT_IN_PLUGINS) continue;
    const partial = PARTIAL_PLUGINS[name];
    const message = partial
      ? `The plugin '${name}' is only partly supported: ${partial}.`
      : `The plugin '${name}' is not supported by jtd; the build goes on without it. Remove it from plugins: or replace what it makes.`;
    problems.push({ file: '_config.yml', message });
  }
  for (const file of rubyPluginFiles(config)) {
    problems.push({ file, message: `${file} is a Ruby plugin; jtd does not run Ruby code, so the build goes on without it.` });
  }
  return problems;
}

/**
 * A `theme:` or `remote_theme:` other than just-the-docs: jtd bundles no other theme and downloads none, so the
 * layouts, includes and Sass that theme would bring are missing (Jekyll stops when a theme cannot be found).
 */
function themeProblems(config: SiteConfig): PluginProblem[] {
  const problems: PluginProblem[] = [];
  for (const key of ['theme', 'remote_theme'] as const) {
    const value = config.site[key];
    if (typeof value !== 'string' || value.trim() === '' || /just-the-docs/.test(value)) continue;
    problems.push({
      file: '_config.yml',
      message:
        `${key}: ${value} is not just-the-docs; jtd bundles only just-the-docs and downloads no theme, so the layouts, ` +
        `includes and Sass of ${value} are missing unless the site has its own copies. If the theme is based on ` +
        `just-the-docs, name just-the-docs/just-the-docs instead, or copy the theme's files into the site.`,
    });
  }
  return problems;
}

function rubyPluginFiles(config: SiteConfig): string[] {
  const dirName = typeof config.site.plugins_dir === 'string' ? config.site.plugins_dir : '_plugins';
  const dir = path.join(config.source, dirName);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return [];
  const found: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.rb')) found.push(`${dirName}/${child}`);
    }
  };
  walk('');
  return found;
}
