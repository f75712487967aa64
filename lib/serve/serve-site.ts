import path from 'node:path';
import { BuildSession, type BuildSummary } from '../build/session.js';
import { buildFolder, type ConfigOverrides } from '../config/load.js';
import type { Logger } from '../log/logger.js';
import { loggedBuild } from '../watch/logged-build.js';
import { watchSource } from '../watch/watch-source.js';
import { startServer, type SiteServer } from './server.js';

export interface ServeSettings {
  host: string;
  port: number;
  liveReload: boolean;
  watch: boolean;
  /** `--force_polling`: the watcher looks at the files instead of being told of changes. */
  forcePolling?: boolean;
  /** `--profile`: given the table of stages and templates after the first build and each rebuild that did not fail. */
  printProfile?: (table: string) => void;
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
  const session = new BuildSession({ ...overrides, url: `http://${shownHost}:${settings.port}` }, logger, settings.printProfile !== undefined);
  const printProfile = () => settings.printProfile?.(session.profile.table());
  const first = await loggedBuild(logger, () => session.build());
  if (first.summary !== null) printProfile();
  const { destination, baseurl } = servedFolder(overrides, session);
  const server = await startServer({ destination, host: settings.host, port: settings.port, baseurl, liveReload: settings.liveReload });
  server.setError(first.problem);
  let failing = first.problem !== null;
  const rebuild = async (paths: string[]): Promise<void> => {
    // A rebuild's warnings show in the browser as its failures do.
    const { summary, problem } = await loggedBuild(logger, () => session.update(paths));
    if (summary !== null) printProfile();
    server.setError(problem);
    if (problem) {
      failing = true;
      server.broadcast('build-error', problem);
      return;
    }
    if (failing) server.broadcast('fixed');
    else if (summary && summary.written.length + summary.removed.length > 0) server.broadcast(onlyStyles(summary) ? 'css' : 'reload');
    failing = false;
  };
  const watcher = settings.watch ? watchSource([path.resolve(overrides.source)], destination, rebuild, settings.forcePolling) : null;
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

function onlyStyles(summary: BuildSummary): boolean {
  return summary.removed.length === 0 && summary.written.every((file) => /\.(css|css\.map)$/.test(file));
}

function servedFolder(overrides: ConfigOverrides, session: BuildSession): { destination: string; baseurl: string } {
  const { config, destination } = buildFolder(overrides, session.config);
  return { destination, baseurl: overrides.baseurl ?? config?.baseurl ?? '' };
}
