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
  const problems: PluginProblem[] = [];
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
