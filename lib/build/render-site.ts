import type { Document } from '../model/document.js';
import { bindLiveFields, fillCollectionView, fillDocumentView, recordNeighbours } from '../render/document-view.js';
import type { RenderContext } from '../render/render-context.js';
import { renderDocument, renderFragment } from '../render/render-document.js';
import { buildSitePayload } from '../render/site-payload.js';
import { extractExcerpt } from '../render/excerpt.js';
import path from 'node:path';

/** Generate the Liquid views, then render every collection document, then every page (Jekyll's order). */
export function renderSite(ctx: RenderContext): void {
  const { site } = ctx;
  for (const collection of site.collections) {
    const docs = collection.docs;
    docs.forEach((doc, i) => {
      const excerpt = lazyExcerpt(ctx, doc);
      fillDocumentView(doc, docs[i - 1] ?? null, docs[i + 1] ?? null, excerpt);
      recordNeighbours(doc, ctx.deps);
    });
  }
  for (const doc of [...site.collections.flatMap((c) => c.docs), ...site.pages]) bindLiveFields(doc, ctx.deps);
  for (const collection of site.collections) {
    fillCollectionView(collection, path.join(site.config.source, collection.directory));
  }
  ctx.sitePayload = buildSitePayload(site, ctx.deps, () => ctx.rendering.doc);
  for (const collection of site.collections) for (const doc of collection.docs) renderDocument(ctx, doc);
  for (const page of site.pages) renderDocument(ctx, page);
}

/** Jekyll's Excerpt: the first part of the raw body, rendered on its own the first time it is printed. */
function lazyExcerpt(ctx: RenderContext, doc: Document): () => unknown {
  const fromFrontMatter = doc.data.excerpt;
  if (fromFrontMatter !== undefined && fromFrontMatter !== null) return () => fromFrontMatter;
  const separator = String(doc.data.excerpt_separator ?? ctx.site.config.excerptSeparator);
  if (separator === '') return () => null;
  const source = extractExcerpt(doc.content, separator);
  let output: string | null = null;
  return () => (output ??= renderFragment(ctx, doc, source));
}
