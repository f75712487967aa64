import path from 'node:path';
import { BuildSession } from '../build/session.js';
import { buildFolder, type ConfigOverrides } from '../config/load.js';
import type { Logger } from '../log/logger.js';
import { loggedBuild } from './logged-build.js';
import { watchSource } from './watch-source.js';

export interface WatchedBuild {
  /** Resolves when queued rebuilds are done (for tests). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * `jtd build --watch`, as `jekyll build --watch`: a first build, then, for each change to the source, a rebuild of
 * what it affects (as `jtd serve` does, without a server). A failed build is reported and the watching goes on,
 * so that the next save can fix it. `printProfile` (`--profile`) is given each build's table.
 */
export async function watchBuild(
  overrides: ConfigOverrides,
  logger: Logger,
  { polling = false, printProfile }: { polling?: boolean; printProfile?: (table: string) => void } = {},
): Promise<WatchedBuild> {
  const session = new BuildSession(overrides, logger, printProfile !== undefined);
  const built = async (run: () => ReturnType<BuildSession['build']>) => {
    const { summary } = await loggedBuild(logger, run);
    if (summary !== null) printProfile?.(session.profile.table());
  };
  await built(() => session.build());
  const { destination } = buildFolder(overrides, session.config);
  const rebuild = (paths: string[]) => built(() => session.update(paths));
  const watcher = watchSource([path.resolve(overrides.source)], destination, rebuild, polling);
  await watcher.ready;
  logger.info('Watching for changes. Press Ctrl+C to stop.');
  return { idle: async () => watcher.queue.idle(), close: () => watcher.close() };
}
