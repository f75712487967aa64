import type { Document } from '../model/document.js';
import path from 'node:path';
import type { PendingCss, StylesheetPage } from '../sass/compile.js';
import type { RenderContext } from './render-context.js';

/** Jekyll's converters: Markdown by `markdown_ext`, Sass by `.scss`/`.sass`; anything else unchanged. */
export function convert(ctx: RenderContext, doc: Document, text: string): string {
  if (isMarkdownPage(ctx, doc)) return ctx.markdown.render(text);
  const syntax = sassSyntax(doc);
  if (syntax === null) return text;
  ctx.deps.record('sass');
  const compiled = ctx.sass.compile(text, syntax, doc.absolutePath, doc.bodyLine, stylesheetPage(doc));
  doc.sourceMap = compiled.sourceMap;
  return compiled.css;
}

/** Whether the page's converter is Markdown (its extension is one of `markdown_ext`). */
export function isMarkdownPage(ctx: RenderContext, doc: Pick<Document, 'ext'>): boolean {
  return ctx.site.config.markdownExts.has(doc.ext.toLowerCase());
}

/** A Sass page's conversion, started now and finished while other pages render; null for other pages. */
export function convertLater(ctx: RenderContext, doc: Document, text: string): PendingCss | null {
  const syntax = sassSyntax(doc);
  if (syntax === null) return null;
  ctx.deps.record('sass');
  return ctx.sass.compileLater(text, syntax, doc.absolutePath, doc.bodyLine, stylesheetPage(doc));
}

/** The stylesheet as a page: its source's name without the extension names its CSS and source map. */
function stylesheetPage(doc: Pick<Document, 'absolutePath'>): StylesheetPage {
  return { basename: stylesheetBasename(doc.absolutePath) };
}

/** A stylesheet's source file name without its extension (`main.scss`: `main`, its map `main.css.map`). */
export function stylesheetBasename(sourcePath: string): string {
  return path.basename(sourcePath).replace(/\.[^.]*$/, '');
}

/** Whether the page is a Sass stylesheet (`.scss`, `.sass`). */
export function isSassPage(doc: Pick<Document, 'ext'>): boolean {
  return sassSyntax(doc) !== null;
}

function sassSyntax(doc: Pick<Document, 'ext'>): 'scss' | 'indented' | null {
  const ext = doc.ext.toLowerCase();
  if (ext === '.scss') return 'scss';
  return ext === '.sass' ? 'indented' : null;
}

export function isAssetFile(doc: Document): boolean {
  const ext = doc.ext.toLowerCase();
  return ext === '.scss' || ext === '.sass' || ext === '.coffee';
}
