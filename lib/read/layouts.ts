import path from 'node:path';
import type { Layout } from '../model/layout.js';
import type { ReadContext } from './read-context.js';
import { parseSourceFile } from './source-text.js';
import { listFiles } from './walk.js';

/** `_layouts/**` by name without extension (`default`, `vendor/compress`); the site's win over the theme's. */
export function readLayouts(ctx: ReadContext, themeDir: string | null): Map<string, Layout> {
  const layouts = new Map<string, Layout>();
  const roots = [themeDir, ctx.config.source].filter((r): r is string => r !== null);
  for (const root of roots) {
    const dir = path.join(root, ctx.config.layoutsDir);
    for (const file of listFiles(ctx, dir, '')) {
      const name = file.replace(/\.[^./]*$/, '');
      const sourcePath = path.relative(ctx.config.source, path.join(dir, file)).split(path.sep).join('/');
      const parsed = parseSourceFile(ctx, sourcePath, path.join(dir, file));
      layouts.set(name, { name, sourcePath, data: parsed.frontMatter, content: parsed.body, bodyLine: parsed.bodyLine });
    }
  }
  return layouts;
}
