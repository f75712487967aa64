import { SiteError, lineOf, type SourceLocation } from '../errors/site-error.js';

interface LiquidJsErrorShape {
  name?: string;
  message: string;
  token?: { file?: string; input?: string; begin?: number; getPosition?: () => [number, number] };
  originalError?: Error;
}

/**
 * Turns a liquidjs error into a SiteError at file:line:col of the real file. `file` is the file being
 * rendered and `bodyLine` the line its Liquid starts on (after front matter); errors inside
 * includes point at the include with the page as the first step of the trail.
 */
export function liquidErrorToSiteError(error: unknown, file: string, bodyLine: number, fileText: string): SiteError {
  if (error instanceof SiteError) return error;
  const e = error as LiquidJsErrorShape;
  const token = e.token;
  const message = cleanMessage(e);
  if (!token?.getPosition) return new SiteError(`Liquid error: ${message}`, { file });
  const [line, column] = token.getPosition();
  const tokenFile = token.file && token.file !== file ? token.file : null;
  if (tokenFile) {
    const where: SourceLocation = { file: tokenFile, line, column, sourceLine: lineOf(token.input ?? '', line) };
    return new SiteError(`Liquid error: ${message}`, where, [{ file }]);
  }
  const fileLine = line + bodyLine - 1;
  return new SiteError(`Liquid error: ${message}`, { file, line: fileLine, column, sourceLine: lineOf(fileText, fileLine) });
}

function cleanMessage(e: LiquidJsErrorShape): string {
  const base = e.originalError?.message ?? e.message;
  return base.replace(/, file:.*$/s, '').replace(/, line:\d+, col:\d+$/s, '');
}
