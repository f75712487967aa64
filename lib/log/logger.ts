import { SiteError, formatLocation, formatSiteError } from '../errors/site-error.js';

export interface LoggedWarning {
  text: string;
  /** `file:line:col`, or '' when the warning has no place. */
  location: string;
}

export type LogLevel = 'quiet' | 'normal' | 'verbose';

/** Collects warnings for the build summary and prints according to the level. */
export class Logger {
  readonly warnings: LoggedWarning[] = [];

  /** With `--strict`, every warning stops the build as an error. */
  strict = false;

  constructor(
    readonly level: LogLevel = 'normal',
    private readonly out: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
  ) {}

  info(message: string): void {
    if (this.level !== 'quiet') this.out(message);
  }

  debug(message: string): void {
    if (this.level === 'verbose') this.out(message);
  }

  warn(warning: string | SiteError): void {
    if (this.strict) throw typeof warning === 'string' ? new SiteError(warning) : warning;
    const text = typeof warning === 'string' ? `Warning: ${warning}` : formatSiteError(warning, 'Warning');
    const location = typeof warning !== 'string' && warning.location ? formatLocation(warning.location) : '';
    this.warnings.push({ text, location });
    this.out(text);
  }

  /** A warning formatted by another thread of the same build. */
  relay(warning: LoggedWarning): void {
    this.warnings.push(warning);
    this.out(warning.text);
  }

  error(error: string | SiteError): void {
    this.out(typeof error === 'string' ? `Error: ${error}` : formatSiteError(error));
  }
}
