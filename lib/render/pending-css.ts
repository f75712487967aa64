import type { Document } from '../model/document.js';

/** A stylesheet's CSS, waiting for Sass now: something read its content before its compilation came back. */
export function settleCssNow(doc: Document): void {
  const pending = doc.pendingCss;
  if (!pending) return;
  doc.pendingCss = null;
  const { css, sourceMap } = pending.now();
  doc.content = doc.output = css;
  doc.sourceMap = sourceMap;
}

/** Waits for every stylesheet still being compiled and puts its CSS in place; the first Sass error is thrown. */
export async function settleAllCss(documents: Document[]): Promise<void> {
  for (const doc of documents) {
    const pending = doc.pendingCss;
    if (!pending) continue;
    const { css, sourceMap } = await pending.done;
    if (doc.pendingCss !== pending) continue;
    doc.pendingCss = null;
    doc.content = doc.output = css;
    doc.sourceMap = sourceMap;
  }
}
