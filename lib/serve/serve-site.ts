import path from 'node:path';
import { BuildSession, type BuildSummary } from '../build/session.js';
import { loadConfig, type ConfigOverrides } from '../config/load.js';
import { SiteError, formatLocation, formatSiteError } from '../errors/site-error.js';
import type { Logger } from '../log/logger.js';
import { watchSource } from '../watch/watch-source.js';
import { startServer, type ServedError, type SiteServer } from './server.js';

export interface ServeSettings {
  host: string;
  port: number;
  liveReload: boolean;
  watch: boolean;
}

export interface RunningSite {
  server: SiteServer;
  session: BuildSession;
  /** Resolves when queued rebuilds are done (for tests). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * `jtd serve`: a first build, a server over the destination, then a watcher that rebuilds what changed.
 * A failed build never stops the server: it keeps the last good output and shows the error in the browser.
 */
export async function serveSite(overrides: ConfigOverrides, settings: ServeSettings, logger: Logger): Promise<RunningSite> {
  const shownHost = settings.host === '0.0.0.0' || settings.host === '::' ? 'localhost' : settings.host;
  const session = new BuildSession({ ...overrides, url: `http://${shownHost}:${settings.port}` }, logger);
  const firstError = await runBuild(logger, () => session.build());
  const { destination, baseurl } = servedFolder(overrides);
  const server = await startServer({ destination, host: settings.host, port: settings.port, baseurl, liveReload: settings.liveReload });
  server.setError(firstError);
  let failing = firstError !== null;
  const rebuild = async (paths: string[]): Promise<void> => {
    let summary: BuildSummary | null = null;
    const error = await runBuild(logger, async () => (summary = await session.update(paths)));
    server.setError(error);
    if (error) {
      failing = true;
      server.broadcast('build-error', error);
      return;
    }
    const done = summary as BuildSummary | null;
    if (failing) server.broadcast('fixed');
    else if (done && done.written.length + done.removed.length > 0) server.broadcast(onlyStyles(done) ? 'css' : 'reload');
    failing = false;
  };
  const watcher = settings.watch ? watchSource([path.resolve(overrides.source)], destination, rebuild) : null;
  await watcher?.ready;
  logger.info(`Serving ${server.url}${settings.watch ? ' (watching for changes)' : ''}. Press Ctrl+C to stop.`);
  return {
    server,
    session,
    idle: async () => watcher?.queue.idle(),
    close: async () => {
      await watcher?.close();
      await server.close();
    },
  };
}

/** Runs a build; a failure, or warnings (invalid front matter, a missing layout), become what the browser shows. */
async function runBuild(logger: Logger, build: () => Promise<BuildSummary>): Promise<ServedError | null> {
  const warningsBefore = logger.warnings.length;
  try {
    const summary = await build();
    const what = summary.full ? 'Built' : 'Rebuilt';
    logger.info(`${what} ${summary.rendered} of ${summary.pages} pages, wrote ${summary.written.length} files in ${(summary.seconds * 1000).toFixed(0)} ms.`);
    const warnings = logger.warnings.slice(warningsBefore);
    if (warnings.length === 0) return null;
    return { text: warnings.map((w) => w.text).join('\n\n'), location: warnings.find((w) => w.location)?.location ?? '' };
  } catch (error) {
    logger.error(error instanceof SiteError ? error : String((error as Error).stack ?? error));
    return servedError(error);
  }
}

function servedError(error: unknown): ServedError {
  if (error instanceof SiteError) {
    return { text: formatSiteError(error), location: error.location ? formatLocation(error.location) : '' };
  }
  return { text: String((error as Error).message ?? error), location: '' };
}

function onlyStyles(summary: BuildSummary): boolean {
  return summary.removed.length === 0 && summary.written.every((file) => /\.(css|css\.map)$/.test(file));
}

function servedFolder(overrides: ConfigOverrides): { destination: string; baseurl: string } {
  try {
    const config = loadConfig(overrides);
    return { destination: config.destination, baseurl: overrides.baseurl ?? config.baseurl };
  } catch {
    return { destination: path.resolve(overrides.destination ?? path.join(overrides.source, '_site')), baseurl: overrides.baseurl ?? '' };
  }
}
