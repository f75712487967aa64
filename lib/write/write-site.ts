import fs from 'node:fs';
import path from 'node:path';
import { SiteError } from '../errors/site-error.js';
import type { Site } from '../model/site.js';
import { cleanDestination } from './clean-destination.js';

export interface WriteResult {
  pages: number;
  files: number;
}

type Output = { destPath: string; content: string } | { destPath: string; copyFrom: string };

/** Removes stale files from the destination, then writes every page and document and copies static files. */
export function writeSite(site: Site): WriteResult {
  const destination = site.config.destination;
  const outputs = plannedOutputs(site);
  cleanDestination(destination, new Set(outputs.map((o) => o.destPath)), site.config.keepFiles);
  for (const output of outputs) {
    const full = target(destination, output.destPath);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    if ('content' in output) fs.writeFileSync(full, output.content);
    else fs.copyFileSync(output.copyFrom, full);
  }
  const pages = outputs.filter((o) => 'content' in o).length;
  return { pages, files: outputs.length - pages };
}

function plannedOutputs(site: Site): Output[] {
  const outputs: Output[] = [];
  const documents = site.collections.filter((c) => c.config.output).flatMap((c) => c.docs);
  for (const doc of [...documents, ...site.pages]) {
    if (doc.destPath !== null && doc.output !== null) outputs.push({ destPath: doc.destPath, content: doc.output });
  }
  const hidden = new Set(site.collections.filter((c) => !c.config.output).flatMap((c) => c.files));
  for (const file of site.staticFiles) {
    if (!hidden.has(file)) outputs.push({ destPath: file.destPath, copyFrom: file.absolutePath });
  }
  return outputs;
}

function target(destination: string, relative: string): string {
  const full = path.resolve(destination, relative);
  const rel = path.relative(destination, full);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new SiteError(`Refusing to write outside the destination: ${relative}`);
  }
  return full;
}
