import os from 'node:os';
import type { ConfigOverrides } from '../config/load.js';
import type { Logger } from '../log/logger.js';
import { BuildSession, type BuildSummary } from './session.js';

export type { BuildSummary } from './session.js';

export interface BuildOptions {
  /** Collect the time of every stage and template (`--profile`); the table is in `profileTable`. */
  profile?: boolean;
}

/**
 * A second rendering thread pays from this many pages, on machines with more than two cores: on two, V8's
 * own compiler and collector threads already keep the second core busy (measured: no gain on 1,000 pages).
 * `JTD_THREADS=1` renders on one thread, `JTD_THREADS=2` on two whatever the cores.
 */
function pageThreadFrom(): number | null {
  const asked = process.env.JTD_THREADS;
  if (asked === '1') return null;
  if (asked === '2') return 200;
  return os.availableParallelism() > 2 ? 200 : null;
}

/** One full build: read → generate → render → write. */
export async function build(overrides: ConfigOverrides, logger: Logger, options: BuildOptions = {}): Promise<BuildSummary & { profileTable: string }> {
  const session = new BuildSession(overrides, logger, options.profile === true, pageThreadFrom(), true);
  const summary = await session.build();
  return { ...summary, profileTable: session.profile.table() };
}
