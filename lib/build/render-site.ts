import type { Document } from '../model/document.js';
import { renderOrder } from '../model/site.js';
import type { NavTemplate } from '../theme/nav/nav-slots.js';
import { bindLiveFields, fillCollectionView, fillDocumentView, recordNeighbours } from '../render/document-view.js';
import type { RenderContext } from '../render/render-context.js';
import { renderDocument, renderFragment } from '../render/render-document.js';
import { buildSitePayload } from '../render/site-payload.js';
import { extractExcerpt } from '../render/excerpt.js';
import path from 'node:path';

/** A document's rendering from an earlier build that a rebuild may keep. */
export interface KeptRendering {
  content: string;
  output: string | null;
  outputHash: string | null;
  deps: Set<string>;
  /** What its body read (part of `deps`), when known. */
  bodyDeps: Set<string> | undefined;
  navTemplate: NavTemplate | null;
  /** A stylesheet's source map. */
  sourceMap: string | null;
  /** Only the navigation changed: fill the template with this build's sidebars. */
  refillNav: boolean;
  /** Only what its layouts read changed: put the kept content (its body) in the layouts again. */
  relayout: boolean;
}

/**
 * Generate the Liquid views, then render every collection document, then every page (Jekyll's order).
 * `keep` gives an earlier rendering of a document that need not be rendered again; it is put back at
 * the document's turn, so pages before it still see its raw content, as in a full build. `documentsDone`
 * is called once every collection document is rendered, before the first page.
 */
export function renderSite(
  ctx: RenderContext,
  keep: (doc: Document) => KeptRendering | null = () => null,
  rendered: (doc: Document) => void = () => {},
  documentsDone: () => void = () => {},
): number {
  const { site } = ctx;
  for (const collection of site.collections) {
    const docs = collection.docs;
    docs.forEach((doc, i) => {
      const excerpt = lazyExcerpt(ctx, doc);
      fillDocumentView(doc, docs[i - 1] ?? null, docs[i + 1] ?? null, excerpt);
      recordNeighbours(doc, ctx.deps);
    });
  }
  const documents = renderOrder(site);
  for (const doc of documents) {
    if (ctx.liveViews.has(doc.liquid)) continue;
    bindLiveFields(doc, ctx.deps);
    ctx.liveViews.add(doc.liquid);
  }
  for (const collection of site.collections) {
    fillCollectionView(collection, path.join(site.config.source, collection.directory));
  }
  ctx.sitePayload = buildSitePayload(site, ctx.deps, () => ctx.rendering.doc);
  let count = 0;
  let pagesStarted = false;
  for (const doc of documents) {
    if (!pagesStarted && doc.kind === 'page') {
      pagesStarted = true;
      documentsDone();
    }
    const kept = keep(doc);
    if (kept?.relayout && kept.bodyDeps) {
      renderDocument(ctx, doc, { content: kept.content, keys: kept.bodyDeps });
      rendered(doc);
      count++;
    } else if (kept) {
      doc.content = kept.content;
      doc.navTemplate = kept.navTemplate;
      doc.sourceMap = kept.sourceMap;
      doc.output = kept.refillNav && kept.navTemplate ? ctx.theme.refillPage(kept.navTemplate) : kept.output;
      doc.outputHash = kept.refillNav ? null : kept.outputHash;
      ctx.deps.keep(doc.sourcePath, kept.deps, kept.bodyDeps);
    } else {
      renderDocument(ctx, doc);
      rendered(doc);
      count++;
    }
  }
  return count;
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
