import fs from 'node:fs';
import path from 'node:path';
import { CsvError, parseDelimited } from '../csv/index.js';
import { SiteError, lineOf } from '../errors/site-error.js';
import { deepMerge, type Hash } from '../config/merge.js';
import { loadYaml, YamlError } from '../yaml/index.js';
import type { ReadContext } from './read-context.js';

const DATA_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.csv', '.tsv']);

/** `_data/**` as one nested hash (`site.data`); the theme's data sits underneath the site's. */
export function readData(ctx: ReadContext, themeDir: string | null): Hash {
  const site = readDataDir(ctx, path.join(ctx.config.source, ctx.config.dataDir));
  if (!themeDir) return site;
  return deepMerge(readDataDir(ctx, path.join(themeDir, ctx.config.dataDir)), site);
}

function readDataDir(ctx: ReadContext, dir: string): Hash {
  const data: Hash = {};
  const entries = ctx.sources.listing(dir, ctx.config.source);
  const files = entries.filter((e) => e.isFile() && DATA_EXTENSIONS.has(path.extname(e.name).toLowerCase()));
  const dirs = entries.filter((e) => e.isDirectory());
  for (const entry of [...files, ...dirs]) {
    const full = path.join(dir, entry.name);
    const key = sanitizeKey(entry.isDirectory() ? entry.name : entry.name.slice(0, -path.extname(entry.name).length));
    data[key] = entry.isDirectory() ? readDataDir(ctx, full) : readDataFile(ctx, full);
  }
  return data;
}

/** Jekyll's DataReader#sanitize_filename. */
function sanitizeKey(name: string): string {
  return name.replace(/[^\w\s-]+|(?<=^|\b\s)\s+(?=$|\s?\b)/g, '').replace(/\s+/g, '_');
}

function readDataFile(ctx: ReadContext, file: string): unknown {
  const text = fs.readFileSync(file, 'utf8');
  const ext = path.extname(file).toLowerCase();
  const shown = path.relative(ctx.config.source, file).split(path.sep).join('/');
  try {
    if (ext === '.csv') return parseDelimited(text, ',');
    if (ext === '.tsv') return parseDelimited(text, '\t');
    if (ext === '.json') return JSON.parse(text);
    return loadYaml(text, { filename: shown, timezone: ctx.zone });
  } catch (error) {
    if (error instanceof CsvError) {
      throw new SiteError(`Malformed ${ext.slice(1).toUpperCase()} data file: ${error.reason}`, {
        file: shown,
        line: error.line,
        sourceLine: lineOf(text, error.line),
      });
    }
    if (error instanceof YamlError) {
      throw new SiteError(`Invalid YAML in a data file: ${error.reason}`, {
        file: shown,
        line: error.line,
        column: error.column,
        sourceLine: lineOf(text, error.line),
      });
    }
    throw new SiteError(`Invalid JSON in a data file: ${(error as Error).message}`, { file: shown });
  }
}
