import { Logger } from '../log/logger.js';
import type { CliIo } from './cli-io.js';
import { paintFor, paintLogLine, type Paint } from './paint.js';
import { ProgressLine } from './progress.js';

export interface OutputFlags {
  quiet: boolean;
  verbose: boolean;
  strict?: boolean;
}

/** A command's logger, progress line and colours, all writing to stderr. */
export interface CommandOutput {
  logger: Logger;
  progress: ProgressLine;
  /** Colours for stderr (messages, the summary) and for stdout (results). */
  paint: Paint;
  resultPaint: Paint;
  /** Results (findings, next steps) go to stdout. */
  result(line: string): void;
}

export function commandOutput(flags: OutputFlags, io: CliIo, progressLabel: string): CommandOutput {
  const paint = paintFor(io.stderr.colour);
  const progress = new ProgressLine(io.stderr, progressLabel);
  const logger = new Logger(flags.quiet ? 'quiet' : flags.verbose ? 'verbose' : 'normal', (line) => progress.print(paintLogLine(line, paint)));
  logger.strict = flags.strict ?? false;
  return { logger, progress, paint, resultPaint: paintFor(io.stdout.colour), result: (line) => io.stdout.write(`${line}\n`) };
}
