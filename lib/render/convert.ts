import type { Document } from '../model/document.js';
import type { RenderContext } from './render-context.js';

/** Jekyll's converters: Markdown by `markdown_ext`, Sass by `.scss`/`.sass`; anything else unchanged. */
export function convert(ctx: RenderContext, doc: Document, text: string): string {
  const ext = doc.ext.toLowerCase();
  if (ctx.site.config.markdownExts.has(ext)) return ctx.markdown.render(text);
  if (ext === '.scss' || ext === '.sass') {
    ctx.deps.record('sass');
    return ctx.sass.compile(text, ext === '.sass' ? 'indented' : 'scss', doc.absolutePath);
  }
  return text;
}

export function isAssetFile(doc: Document): boolean {
  const ext = doc.ext.toLowerCase();
  return ext === '.scss' || ext === '.sass' || ext === '.coffee';
}
