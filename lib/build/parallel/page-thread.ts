import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../../config/load.js';
import { Logger } from '../../log/logger.js';
import type { Document } from '../../model/document.js';
import { readSite } from '../../read/read-site.js';
import { settleCssNow } from '../../render/pending-css.js';
import type { RenderContext } from '../../render/render-context.js';
import { RubyTime } from '../../values/time.js';
import { streamPage } from '../../write/write-site.js';
import { BuildProfile } from '../profile.js';
import { prepareRenderContext } from '../render-context-factory.js';
import { renderSite } from '../render-site.js';
import { renderedElsewhere } from './take-thread-pages.js';
import { resolveTheme } from '../site-setup.js';
import type { PageResult, PageThreadData, PageThreadReply, RenderedDocuments } from './protocol.js';

/**
 * The second thread of a full build: reads the same site, waits for the main thread's rendered collection
 * documents, then renders its share of the pages (the last ones in render order) and writes the HTML ones.
 * Pages before the share keep their raw content here; a page that reads one of them is flagged, and the
 * main thread renders it and the rest of the share again itself.
 */
const data = workerData as PageThreadData;
const logger = new Logger(data.level, () => {});
logger.strict = data.strict;

const prepared = prepare();
prepared.catch(() => {});

/** Settles once the reply is posted: the thread has nothing left to do (its loader then saves its code cache). */
export const replied = new Promise<void>((resolve) => {
  parentPort!.once('message', (message: RenderedDocuments) => {
    renderShare(message)
      .catch((): PageThreadReply => ({ kind: 'failed' }))
      .then((reply) => parentPort!.postMessage(reply))
      .catch(() => parentPort!.postMessage({ kind: 'failed' } satisfies PageThreadReply))
      .finally(resolve);
  });
});

async function prepare(): Promise<RenderContext> {
  const config = loadConfig(data.overrides);
  const themeDir = resolveTheme(config);
  const { epochMs, offsetSeconds, zone, isUtc, extraNanoseconds } = data.now;
  const site = readSite(config, logger, themeDir, { now: new RubyTime(epochMs, offsetSeconds, zone, isUtc, extraNanoseconds) });
  return prepareRenderContext(site, logger, themeDir, undefined, { rendersStylesheets: false, writesCaches: false });
}

async function renderShare({ documents }: RenderedDocuments): Promise<PageThreadReply> {
  const ctx = await prepared;
  const profile = new BuildProfile();
  ctx.profile = profile;
  const share = new Set(data.pages);
  const before = new Set(ctx.site.pages.map((page) => page.sourcePath).filter((sourcePath) => !share.has(sourcePath)));
  const fromMain = new Map(documents.map(([sourcePath, content, output]) => [sourcePath, { content, output }]));
  const results: PageResult[] = [];
  let warningsSeen = logger.warnings.length;
  renderSite(
    ctx,
    (doc) => (share.has(doc.sourcePath) ? null : renderedElsewhere(doc, fromMain.get(doc.sourcePath))),
    (doc) => {
      const readsOtherThreadsPage = readsContentOf(ctx, doc, before);
      const warnings = logger.warnings.slice(warningsSeen);
      warningsSeen = logger.warnings.length;
      results.push({ ...finished(ctx, doc), readsOtherThreadsPage, warnings });
    },
  );
  return { kind: 'done', results, templates: profile.templateTimes(), conversions: ctx.conversions.madeConversions() };
}


function finished(ctx: RenderContext, doc: Document): Pick<PageResult, 'sourcePath' | 'content' | 'output' | 'outputHash' | 'sourceMap' | 'written'> {
  settleCssNow(doc);
  const bytes = doc.navTemplate ? ctx.theme.refillBytes(doc.navTemplate) : undefined;
  const written = doc.outputExt === '.html' && streamPage(ctx.site, doc, bytes) ? doc.destPath : null;
  return { sourcePath: doc.sourcePath, content: doc.content, output: doc.output, outputHash: doc.outputHash, sourceMap: doc.sourceMap, written };
}

function readsContentOf(ctx: RenderContext, doc: Document, pages: Set<string>): boolean {
  for (const key of ctx.deps.byDocument.get(doc.sourcePath) ?? []) {
    if (key.startsWith('content:') && pages.has(key.slice('content:'.length))) return true;
  }
  return false;
}
