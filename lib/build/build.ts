import type { ConfigOverrides } from '../config/load.js';
import type { Logger } from '../log/logger.js';
import { BuildSession, type BuildSummary } from './session.js';

export type { BuildSummary } from './session.js';

/** One full build: read → generate → render → write. */
export async function build(overrides: ConfigOverrides, logger: Logger): Promise<BuildSummary> {
  return new BuildSession(overrides, logger).build();
}
