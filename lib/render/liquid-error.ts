import { SiteError, lineOf, type SourceLocation } from '../errors/site-error.js';
import { IncludeError } from '../liquid/include-error.js';

interface TokenShape {
  file?: string;
  input?: string;
  getPosition?: () => [number, number];
}

interface LiquidJsErrorShape {
  message: string;
  token?: TokenShape;
  originalError?: unknown;
}

/**
 * Turns a liquidjs error into a SiteError at file:line:col of the real file. `file` is the page or
 * layout being rendered and `bodyLine` the line its Liquid starts on (after front matter). An error
 * inside an include is located in the include, with the chain of include tags back to `file` as the trail.
 */
export function liquidErrorToSiteError(error: unknown, file: string, bodyLine: number, fileText: string): SiteError {
  if (error instanceof SiteError) return error;
  const frames = locatedFrames(error, file, bodyLine, fileText);
  const message = `Liquid error: ${innermostMessage(error)}`;
  if (frames.length === 0) return new SiteError(message, { file });
  const [innermost, ...outer] = frames.reverse();
  const trail = outer.filter((f, i) => i === 0 || !sameLocation(f, outer[i - 1]));
  if (trail.length === 0 || trail.at(-1)!.file !== file) trail.push({ file });
  return new SiteError(message, innermost, trail.filter((f) => !sameLocation(f, innermost)));
}

function locatedFrames(error: unknown, file: string, bodyLine: number, fileText: string): SourceLocation[] {
  const frames: SourceLocation[] = [];
  for (let e: unknown = error; e; e = next(e)) {
    const token = (e as LiquidJsErrorShape).token;
    if (!token?.getPosition) continue;
    const [line, column] = token.getPosition();
    const inFile = !token.file || token.file === file;
    if (inFile) {
      const fileLine = line + bodyLine - 1;
      frames.push({ file, line: fileLine, column, sourceLine: lineOf(fileText, fileLine) });
    } else {
      frames.push({ file: token.file!, line, column, sourceLine: lineOf(token.input ?? '', line) });
    }
  }
  return frames;
}

function next(e: unknown): unknown {
  if (e instanceof IncludeError) return e.inner;
  return (e as LiquidJsErrorShape).originalError;
}

function innermostMessage(error: unknown): string {
  let message = (error as Error).message;
  for (let e: unknown = error; e; e = next(e)) message = (e as Error).message ?? message;
  return message.replace(/, file:[\s\S]*$/, '').replace(/, line:\d+, col:\d+[\s\S]*$/, '');
}

function sameLocation(a: SourceLocation, b: SourceLocation): boolean {
  return a.file === b.file && a.line === b.line;
}
