import fs from 'node:fs';
import path from 'node:path';
import { lineOf, SiteError, type SourceLocation } from '../errors/site-error.js';
import type { SassFailure } from './sass-worker-client.js';

/** The stylesheet a page compiles: its file and the file line its body starts on (after front matter). */
export interface Stylesheet {
  file: string;
  firstLine: number;
}

/** A Sass error located in the site's files: the failing line, then each import that led there. */
export function sassSiteError(failure: SassFailure, stylesheet: Stylesheet, siteRoot: string): SiteError {
  const { problem } = failure;
  const message = `Sass: ${problem.message}`;
  if (problem.file === undefined || problem.line === undefined) return new SiteError(message, { file: shown(stylesheet.file, siteRoot) });
  const location = locate(problem.file, problem.line, problem.column, stylesheet, siteRoot);
  const trail = stackEntries(problem.stack)
    .slice(1)
    .map((entry) => locate(entry.file, entry.line, entry.column, stylesheet, siteRoot));
  return new SiteError(message, location, trail);
}

function locate(file: string, line: number, column: number | undefined, stylesheet: Stylesheet, siteRoot: string): SourceLocation {
  const absolute = path.resolve(file);
  const fileLine = absolute === path.resolve(stylesheet.file) ? line + stylesheet.firstLine - 1 : line;
  return { file: shown(absolute, siteRoot), line: fileLine, column, sourceLine: lineOf(readOrEmpty(absolute), fileLine) };
}

/** Dart Sass's stack lines: `path line:column  member`. */
function stackEntries(stack: string): { file: string; line: number; column: number }[] {
  const entries = [];
  for (const text of stack.split('\n')) {
    const match = /^(.+?) (\d+):(\d+)\s/.exec(text);
    if (match) entries.push({ file: match[1], line: Number(match[2]), column: Number(match[3]) });
  }
  return entries;
}

function shown(file: string, siteRoot: string): string {
  const relative = path.relative(siteRoot, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
