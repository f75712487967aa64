import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, type BuildSummary } from '../../lib/build/build.js';
import { Logger } from '../../lib/log/logger.js';

export interface BuiltSite {
  source: string;
  destination: string;
  summary: BuildSummary | null;
  error: unknown;
  messages: string[];
  read(file: string): string;
  exists(file: string): boolean;
}

/** Writes `files` as a site in a temp folder, builds it with jtd and gives access to the output. */
export async function buildSite(
  files: Record<string, string>,
  options: { drafts?: boolean; future?: boolean; limitPosts?: number; environment?: string } = {},
): Promise<BuiltSite> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jtd-test-'));
  const source = path.join(root, 'src');
  const destination = path.join(root, 'out');
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(source, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  fs.mkdirSync(source, { recursive: true });
  const messages: string[] = [];
  const logger = new Logger('normal', (line) => messages.push(line));
  let summary: BuildSummary | null = null;
  let error: unknown = null;
  try {
    summary = await build({ source, destination, ...options, environment: options.environment ?? 'development' }, logger);
  } catch (e) {
    error = e;
  }
  return {
    source,
    destination,
    summary,
    error,
    messages,
    read: (file) => fs.readFileSync(path.join(destination, file), 'utf8'),
    exists: (file) => fs.existsSync(path.join(destination, file)),
  };
}

/** Renders one Liquid template as a page body (no layout) and returns the output. */
export async function renderPage(body: string, config = 'timezone: UTC\n', extra: Record<string, string> = {}): Promise<string> {
  const site = await buildSite({ '_config.yml': config, 'page.html': `---\n---\n${body}`, ...extra });
  if (site.error) throw site.error;
  return site.read('page.html');
}
