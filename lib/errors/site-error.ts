/** A problem in the user's site, located in a source file. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  sourceLine?: string;
}

export class SiteError extends Error {
  constructor(
    message: string,
    readonly location?: SourceLocation,
    readonly trail: SourceLocation[] = [],
  ) {
    super(message);
    this.name = 'SiteError';
  }
}

export function formatLocation(loc: SourceLocation): string {
  let text = loc.file;
  if (loc.line !== undefined) text += `:${loc.line}`;
  if (loc.line !== undefined && loc.column !== undefined) text += `:${loc.column}`;
  return text;
}

/** `file:line:col: message`, the source line with a caret, then the include/layout chain. */
export function formatSiteError(error: SiteError, kind = 'Error'): string {
  const loc = error.location;
  const head = loc ? `${formatLocation(loc)}: ${kind}: ${error.message}` : `${kind}: ${error.message}`;
  const lines = [head];
  if (loc?.sourceLine !== undefined && loc.line !== undefined) lines.push(codeFrame(loc));
  for (const step of error.trail) lines.push(`  from ${formatLocation(step)}`);
  return lines.join('\n');
}

export function codeFrame(loc: SourceLocation): string {
  const gutter = `${loc.line} | `;
  const text = (loc.sourceLine ?? '').replace(/\t/g, ' ');
  const caret = loc.column ? `${' '.repeat(gutter.length + loc.column - 1)}^` : '';
  return caret ? `${gutter}${text}\n${caret}` : `${gutter}${text}`;
}

/** The 1-based line `line` of `text`, without its line break. */
export function lineOf(text: string, line: number): string {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
}
