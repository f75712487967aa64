import { Worker } from 'node:worker_threads';
import type { ConfigOverrides } from '../../config/load.js';
import type { Logger } from '../../log/logger.js';
import type { Document } from '../../model/document.js';
import { collectionDocuments, type Site } from '../../model/site.js';
import type { PageResult, PageThreadData, PageThreadReply, RenderedDocuments } from './protocol.js';

/** The share of the pages the second thread renders: the last ones, about this part of them. */
const SHARE = 0.45;

/** A page-rendering thread started for one full build. */
export interface PageThread {
  /** Source paths of the pages it renders, in render order. */
  readonly share: Set<string>;
  /** Hands it the rendered collection documents: it starts rendering its pages. */
  start(site: Site): void;
  /** Its results in render order, or null when it failed (the main thread then renders the whole share). */
  results(): Promise<{ results: PageResult[]; templates: [string, number, number][]; conversions: [string, string][] } | null>;
}

/** Starts the thread when the site has at least `minimumPages` pages; null otherwise. */
export function startPageThread(site: Site, overrides: ConfigOverrides, logger: Logger, minimumPages: number): PageThread | null {
  const share = sharedPages(site.pages, minimumPages);
  if (share.length === 0) return null;
  const { epochMs, offsetSeconds, zone, isUtc, extraNanoseconds } = site.time;
  const workerData: PageThreadData = {
    overrides,
    now: { epochMs, offsetSeconds, zone, isUtc, extraNanoseconds },
    pages: share,
    level: logger.level,
    strict: logger.strict,
  };
  const worker = new Worker(new URL('./page-thread.js', import.meta.url), { workerData });
  const reply = new Promise<PageThreadReply>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', (error) => {
      logger.debug(`The second rendering thread stopped (${error.message}); the main thread renders its pages.`);
      resolve({ kind: 'failed' });
    });
    worker.once('exit', () => resolve({ kind: 'failed' }));
  });
  return {
    share: new Set(share),
    start(rendered) {
      const documents: RenderedDocuments['documents'] = collectionDocuments(rendered).map((d) => [d.sourcePath, d.content, d.output]);
      worker.postMessage({ documents } satisfies RenderedDocuments);
    },
    async results() {
      const answer = await reply;
      if (answer.kind !== 'done') {
        void worker.terminate();
        return null;
      }
      // Once it has answered, the thread ends by itself (after saving its code cache, the first time).
      worker.unref();
      return { results: answer.results, templates: answer.templates, conversions: answer.conversions };
    },
  };
}

function sharedPages(pages: Document[], minimumPages: number): string[] {
  if (pages.length < minimumPages) return [];
  return pages.slice(Math.ceil(pages.length * (1 - SHARE))).map((page) => page.sourcePath);
}
