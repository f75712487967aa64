import type { ConfigOverrides } from '../config/load.js';
import type { Logger } from '../log/logger.js';
import { BuildSession, type BuildSummary } from './session.js';

export type { BuildSummary } from './session.js';

export interface BuildOptions {
  /** Collect the time of every stage and template (`--profile`); the table is in `profileTable`. */
  profile?: boolean;
}

/** Below this many pages a second rendering thread costs more to start than it saves; `JTD_THREADS=1` renders on one thread. */
const PAGE_THREAD_FROM = process.env.JTD_THREADS === '1' ? null : 200;

/** One full build: read → generate → render → write. */
export async function build(overrides: ConfigOverrides, logger: Logger, options: BuildOptions = {}): Promise<BuildSummary & { profileTable: string }> {
  const session = new BuildSession(overrides, logger, options.profile === true, PAGE_THREAD_FROM);
  const summary = await session.build();
  return { ...summary, profileTable: session.profile.table() };
}
