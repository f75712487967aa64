import { hasOutput } from '../render/lazy-output.js';
import type { Liquid } from 'liquidjs';
import { createMarkdown, type MarkdownOptions, type MarkdownRenderer } from '../markdown/index.js';
import { isHash } from '../config/merge.js';
import type { Document } from '../model/document.js';
import type { Site } from '../model/site.js';
import type { ReadContext } from '../read/read-context.js';
import type { RenderContext } from '../render/render-context.js';
import { enabledPluginNames, isPluginEnabled, requestedPlugins } from './enabled-plugins.js';
import type { JtdPlugin } from './plugin.js';
import { PLUGIN_TABLE } from './plugin-table.js';
import { pluginProblems } from './plugin-warnings.js';
import { SiteError } from '../errors/site-error.js';

/** The plugins a site has on, in the order Jekyll runs them. */
export function enabledPlugins(site: Site): JtdPlugin[] {
  const names = enabledPluginNames(requestedPlugins(site.config));
  return PLUGIN_TABLE.filter((plugin) => names.has(plugin.name));
}

/** At the end of the read: warns about plugins jtd does not run, then lets each plugin add or alter pages. */
export function applyReadPlugins(read: ReadContext, site: Site): void {
  for (const problem of pluginProblems(site.config, requestedPlugins(site.config))) {
    read.logger.warn(new SiteError(problem.message, { file: problem.file }));
  }
  let markdown: MarkdownRenderer | null = null;
  const env = { read, markdown: () => (markdown ??= markdownFor(site)) };
  for (const plugin of enabledPlugins(site)) plugin.afterRead?.(site, env);
}

/** After rendering: files plugins make from the rendered site. A plugin's own placeholder page gets the text. */
export function generatePluginFiles(ctx: RenderContext): void {
  for (const plugin of enabledPlugins(ctx.site)) {
    for (const file of plugin.afterRender?.(ctx) ?? []) {
      const page = ctx.site.pages.find((p) => p.destPath === file.destPath);
      if (page) page.output = file.content;
      else ctx.site.generated.push(file);
    }
  }
}

/**
 * A page's or document's final output through the plugins that change outputs (Jekyll's `post_render`
 * hooks: jemoji). `parts`: the output's texts, when it is not put together yet (a page with sidebars), for
 * plugins to tell that they leave it as it is. Returns whether the output changed.
 */
export function transformOutput(site: Site, doc: Document, parts: (() => string[]) | null = null): boolean {
  let changed = false;
  for (const plugin of PLUGIN_TABLE) {
    // hasOutput, not `doc.output`: reading it would put the page's sidebars in.
    if (!plugin.transformOutput || !isPluginEnabled(site.config, plugin.name) || !hasOutput(doc)) continue;
    if (!changed && parts && plugin.leavesAsIs && parts().every((text) => plugin.leavesAsIs!(doc, text, site))) continue;
    if (doc.output === null) continue;
    const output = plugin.transformOutput(doc, doc.output, site);
    if (output === null || output === doc.output) continue;
    doc.output = output;
    changed = true;
  }
  return changed;
}

/** Tags and filters of the plugins that are on. */
export function registerPluginLiquid(liquid: Liquid, site: Site): void {
  for (const plugin of enabledPlugins(site)) plugin.registerLiquid?.(liquid, site);
}

function markdownFor(site: Site): MarkdownRenderer {
  const kramdown = isHash(site.config.site.kramdown) ? site.config.site.kramdown : {};
  return createMarkdown(kramdown as MarkdownOptions);
}
