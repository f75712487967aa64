import path from 'node:path';
import type { Document } from '../model/document.js';
import { createDocument } from './document.js';
import { createPage } from './page.js';
import type { ReadContext } from './read-context.js';

/**
 * A page or collection document read again from its file, as the reader makes it (before plugins); null
 * when the file is gone or no longer has front matter (it would not be read as one any more).
 */
export function rereadDocument(ctx: ReadContext, prior: Document): Document | null {
  try {
    if (!ctx.sources.entry(prior.absolutePath).hasFrontMatter) return null;
  } catch {
    return null;
  }
  if (prior.kind === 'document') {
    const draft = prior.collection!.label === 'posts' && prior.data.draft === true;
    return createDocument(ctx, { collection: prior.collection!, sourcePath: prior.sourcePath, absolutePath: prior.absolutePath, draft });
  }
  const dir = path.posix.dirname(prior.sourcePath);
  return createPage(ctx, dir === '.' ? '' : dir, path.posix.basename(prior.sourcePath), prior.absolutePath);
}
