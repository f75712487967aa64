import type { BuildSummary } from '../build/session.js';
import { SiteError, formatLocation, formatSiteError } from '../errors/site-error.js';
import type { Logger } from '../log/logger.js';

/** What went wrong in a build made while watching: its text and where (`jtd serve` shows it in the browser). */
export interface BuildProblem {
  text: string;
  location: string;
}

/**
 * Runs a build made while watching (the first one or a rebuild) and logs one line for it, or its error: a failure
 * never stops the watching. The problem is the failure, or the warnings (invalid front matter, a missing layout);
 * null when the build was clean.
 */
export async function loggedBuild(logger: Logger, build: () => Promise<BuildSummary>): Promise<{ summary: BuildSummary | null; problem: BuildProblem | null }> {
  const warningsBefore = logger.warnings.length;
  try {
    const summary = await build();
    const what = summary.full ? 'Built' : 'Rebuilt';
    logger.info(`${what} ${summary.rendered} of ${summary.pages} pages, wrote ${summary.written.length} files in ${(summary.seconds * 1000).toFixed(0)} ms.`);
    const warnings = logger.warnings.slice(warningsBefore);
    if (warnings.length === 0) return { summary, problem: null };
    return { summary, problem: { text: warnings.map((w) => w.text).join('\n\n'), location: warnings.find((w) => w.location)?.location ?? '' } };
  } catch (error) {
    logger.error(error instanceof SiteError ? error : String((error as Error).stack ?? error));
    return { summary: null, problem: problemOf(error) };
  }
}

function problemOf(error: unknown): BuildProblem {
  if (error instanceof SiteError) {
    return { text: formatSiteError(error), location: error.location ? formatLocation(error.location) : '' };
  }
  return { text: String((error as Error).message ?? error), location: '' };
}
