import type { Logger } from '../../log/logger.js';
import type { Document } from '../../model/document.js';
import type { RenderContext } from '../../render/render-context.js';
import { renderDocument } from '../../render/render-document.js';
import type { BuildProfile } from '../profile.js';
import type { KeptRendering } from '../render-site.js';
import type { PageThread } from './page-thread-client.js';
import type { PageResult } from './protocol.js';
import type { WrittenManifest } from '../../write/written-manifest.js';

/**
 * A page or document the other thread renders, as this thread keeps it: with that thread's rendering when it
 * has one (the main thread's collection documents), else raw, as a page not yet rendered.
 */
export function renderedElsewhere(doc: Document, rendering?: { content: string; output: string | null }): KeptRendering {
  return { content: rendering?.content ?? doc.content, output: rendering?.output ?? null, outputHash: null, deps: new Set(), bodyDeps: undefined, navTemplate: null, sourceMap: null, refillNav: false, relayout: false };
}

/**
 * Puts the second thread's pages in place, in render order, up to the first one it could not render as
 * the main thread would have (it read an earlier page's content, or the thread failed); from there on the
 * main thread renders the pages itself. `write` streams a page the main thread rendered. Returns how many
 * pages were rendered.
 */
export async function takeThreadPages(
  ctx: RenderContext,
  thread: PageThread,
  write: (doc: Document) => void,
  written: string[],
  profile: BuildProfile,
  manifest: WrittenManifest,
): Promise<number> {
  const outcome = await thread.results();
  const byPath = new Map((outcome?.results ?? []).map((result) => [result.sourcePath, result]));
  profile.addTemplateTimes(outcome?.templates ?? []);
  ctx.conversions.adopt(outcome?.conversions ?? []);
  const pages = ctx.site.pages.filter((page) => thread.share.has(page.sourcePath));
  let taken = 0;
  for (; taken < pages.length; taken++) {
    const result = byPath.get(pages[taken].sourcePath);
    if (!result || result.readsOtherThreadsPage) break;
    applyResult(pages[taken], result, ctx.logger, written, manifest);
  }
  for (const page of pages.slice(taken)) {
    renderDocument(ctx, page);
    write(page);
  }
  return pages.length;
}

function applyResult(doc: Document, result: PageResult, logger: Logger, written: string[], manifest: WrittenManifest): void {
  for (const warning of result.warnings) logger.relay(warning);
  doc.content = result.content;
  doc.output = result.output;
  doc.outputHash = result.outputHash;
  doc.sourceMap = result.sourceMap;
  if (result.written === null) return;
  written.push(result.written);
  manifest.record(result.written, result.outputHash!);
}
