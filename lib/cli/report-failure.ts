import { SiteError } from '../errors/site-error.js';
import type { Logger } from '../log/logger.js';

/** Prints a failed build: a site problem with its place, anything else with its message (and stack with --trace). */
export function reportFailure(error: unknown, logger: Logger, trace: boolean): void {
  if (error instanceof SiteError) {
    logger.error(error);
    if (trace) logger.error(`${error.stack}`);
    return;
  }
  const failure = error as Error;
  logger.error(`${failure.message}${trace ? `\n${failure.stack}` : ''}`);
}
