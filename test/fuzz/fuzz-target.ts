import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareRenderContext } from '../../lib/build/render-context-factory.js';
import { loadConfig } from '../../lib/config/load.js';
import { Logger } from '../../lib/log/logger.js';
import { readSite } from '../../lib/read/read-site.js';
import { renderLiquid } from '../../lib/render/render-document.js';
import type { RenderContext } from '../../lib/render/render-context.js';
import { loadYaml } from '../../lib/yaml/index.js';

export type InputKind = 'markdown' | 'liquid' | 'yaml';

/** A small real site whose engines (Markdown, Liquid with Jekyll's tags and filters, YAML) receive the inputs. */
export async function createFuzzTarget(): Promise<(kind: InputKind, input: string) => void> {
  const source = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-fuzz-'));
  fs.writeFileSync(path.join(source, '_config.yml'), 'timezone: UTC\n');
  fs.writeFileSync(path.join(source, 'index.md'), '---\ntitle: Fuzz\n---\nHome\n');
  const logger = new Logger('quiet', () => {});
  const config = loadConfig({ source, destination: path.join(source, '_site') });
  const site = readSite(config, logger, null);
  const ctx: RenderContext = await prepareRenderContext(site, logger, null);
  const scope = { site: ctx.sitePayload, page: { title: 'Fuzz', url: '/' }, a: true, arr: [{ k: 2 }, { k: 1 }, {}] };
  return (kind, input) => {
    if (kind === 'markdown') ctx.markdown.render(input);
    else if (kind === 'liquid') renderLiquid(ctx, input, scope, 'fuzz.html', 1, () => input);
    else loadYaml(input, { filename: 'fuzz.yml', timezone: 'UTC' });
  };
}

/** A clean failure (a message for the user) versus a crash (a bug of ours). */
export function isCrash(error: unknown): boolean {
  for (let e: unknown = error; e; e = next(e)) {
    if (e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError) return true;
  }
  return false;
}

function next(e: unknown): unknown {
  const error = e as { originalError?: unknown; inner?: unknown; cause?: unknown };
  return error.originalError ?? error.inner ?? error.cause;
}
