import { loadYaml, YamlError } from '../yaml/index.js';
import { SiteError, lineOf } from '../errors/site-error.js';
import { isHash, type Hash } from '../config/merge.js';
import type { ReadContext } from './read-context.js';
import { hasFrontMatter, splitFrontMatter } from './front-matter.js';

export interface ParsedSource {
  frontMatter: Hash;
  body: string;
  bodyLine: number;
  /** Set when the front matter was invalid (and read as empty). */
  warning?: boolean;
}

/**
 * Splits and parses a file with front matter. Invalid YAML is warned about (with file:line:col) and
 * read as empty front matter, as Jekyll does, unless `strict_front_matter` makes it an error.
 */
export function parseSource(ctx: ReadContext, sourcePath: string, text: string): ParsedSource {
  const split = splitFrontMatter(text);
  return parseSplit(ctx, sourcePath, text, split);
}

/** parseSource for a file on disk, parsed once while it is unchanged (warnings are given again each build). */
export function parseSourceFile(ctx: ReadContext, sourcePath: string, absolutePath: string): ParsedSource {
  const entry = ctx.sources.entry(absolutePath);
  const text = ctx.sources.text(absolutePath);
  if (entry.parsed && !entry.parsed.warning) return entry.parsed;
  if (entry.invalidUtf8At !== null) warnInvalidUtf8(ctx, sourcePath, text, entry.invalidUtf8At);
  entry.parsed = parseSource(ctx, sourcePath, text);
  if (entry.invalidUtf8At !== null) entry.parsed.warning = true;
  return entry.parsed;
}

function warnInvalidUtf8(ctx: ReadContext, sourcePath: string, text: string, byteOffset: number): void {
  const line = (text.slice(0, text.indexOf('\uFFFD') + 1).match(/\n/g)?.length ?? 0) + 1;
  ctx.logger.warn(
    new SiteError(`The file is not valid UTF-8 (first bad byte at offset ${byteOffset}); the bad bytes are read as U+FFFD.`, {
      file: sourcePath,
      line,
      sourceLine: lineOf(text, line),
    }),
  );
}

function parseSplit(ctx: ReadContext, sourcePath: string, text: string, split: ReturnType<typeof splitFrontMatter>): ParsedSource {
  let frontMatter: Hash = {};
  let warning = false;
  if (split.yaml === null && hasFrontMatter(text)) {
    ctx.logger.warn(
      new SiteError('The front matter that starts here is never closed with a `---` line, so the whole file is read as content.', {
        file: sourcePath,
        line: 1,
        column: 1,
        sourceLine: lineOf(text, 1),
      }),
    );
    warning = true;
  }
  if (split.yaml !== null) {
    try {
      const value = loadYaml(split.yaml, { filename: sourcePath, lineOffset: 1, timezone: ctx.zone });
      if (isHash(value)) frontMatter = value;
    } catch (error) {
      const problem = yamlProblem(error, sourcePath, text);
      if (ctx.config.site.strict_front_matter === true) throw problem;
      ctx.logger.warn(problem);
      warning = true;
    }
  }
  return { frontMatter, body: split.body, bodyLine: split.bodyLine, warning };
}

export function yamlProblem(error: unknown, file: string, text: string): SiteError {
  if (error instanceof YamlError) {
    return new SiteError(`Invalid YAML front matter: ${error.reason}`, {
      file,
      line: error.line,
      column: error.column,
      sourceLine: lineOf(text, error.line),
    });
  }
  return new SiteError(`Invalid YAML front matter: ${(error as Error).message}`, { file });
}
