import yaml from 'js-yaml';
import { TimeZone } from '../time/zone.js';
import { YamlError, YamlValueError } from './errors.js';
import { finishDocument } from './finish-document.js';
import { PSYCH_SCHEMA } from './schema.js';

export interface LoadYamlOptions {
  filename: string;
  /** Lines before `text` in its file (front matter starts after the `---` line: pass 1). */
  lineOffset?: number;
  /** The site's `timezone`; null is the process's zone. A loaded TimeZone avoids reloading it. */
  timezone: string | null | TimeZone;
}

const HAS_TIME_OF_DAY = /\d:\d\d:\d\d/;
const SEVERAL_DOCUMENTS = 'expected a single document';

/**
 * Reads YAML as Jekyll does (`Psych.safe_load(text, permitted_classes: [Date, Time], aliases: true)`):
 * the first document only, null when it is empty, duplicate keys allowed (the last wins).
 */
export function loadYaml(text: string, opts: LoadYamlOptions): unknown {
  const loaded = parseFirstDocument(text, opts);
  const needsMerge = text.includes('<<');
  const needsZone = HAS_TIME_OF_DAY.test(text);
  if (!needsMerge && !needsZone) return loaded;
  let zone: TimeZone | null = opts.timezone instanceof TimeZone ? opts.timezone : null;
  return finishDocument(loaded, {
    mergeKeys: needsMerge,
    localTime: needsZone
      ? (t) => {
          zone ??= TimeZone.load(opts.timezone as string | null);
          return zone.timeAt(t.epochMs, t.extraNanoseconds);
        }
      : null,
  });
}

function parseFirstDocument(text: string, opts: LoadYamlOptions): unknown {
  const loadOptions = { schema: PSYCH_SCHEMA, json: true, filename: opts.filename, maxDepth: 1000 };
  try {
    try {
      return yaml.load(text, loadOptions) ?? null;
    } catch (error) {
      if (!(error instanceof yaml.YAMLException) || !error.reason.startsWith(SEVERAL_DOCUMENTS)) throw error;
      return yaml.loadAll(text, undefined, loadOptions)[0] ?? null;
    }
  } catch (error) {
    throw toYamlError(error, text, opts);
  }
}

function toYamlError(error: unknown, text: string, opts: LoadYamlOptions): unknown {
  const lines = text.split(/\r?\n/);
  const offset = opts.lineOffset ?? 0;
  if (error instanceof yaml.YAMLException) {
    const line = error.mark?.line ?? 0;
    const column = error.mark?.column ?? 0;
    return new YamlError(error.reason, opts.filename, line + 1 + offset, column + 1, lines[line] ?? '');
  }
  if (error instanceof YamlValueError) {
    const { line, column } = locate(lines, error.scalar);
    return new YamlError(error.message, opts.filename, line + 1 + offset, column + 1, lines[line] ?? '');
  }
  return error;
}

/** Where a scalar first appears (js-yaml reports no position for errors raised while building values). */
function locate(lines: string[], scalar: string): { line: number; column: number } {
  for (let line = 0; line < lines.length; line++) {
    const column = scalar === '' ? -1 : lines[line].indexOf(scalar);
    if (column >= 0) return { line, column };
  }
  return { line: 0, column: 0 };
}
