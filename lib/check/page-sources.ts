import fs from 'node:fs';
import path from 'node:path';
import { collectionDocuments, type Site } from '../model/site.js';
import { siteTemplateFiles } from './site-templates.js';

/** The file a built page came from, and its text split in lines (front matter included). */
export interface PageSource {
  /** Path shown to the user: relative to the site's folder when inside it. */
  shownPath: string;
  lines: string[];
}

/** Maps each output file (relative to the destination) to the source it was rendered from. */
export function pageSources(site: Site): Map<string, PageSource> {
  const sources = new Map<string, PageSource>();
  const documents = [...site.pages, ...collectionDocuments(site)];
  for (const doc of documents) {
    if (doc.destPath === null) continue;
    const text = readText(doc.absolutePath);
    if (text !== null) sources.set(doc.destPath, { shownPath: shownPath(site.config.source, doc.absolutePath), lines: text.split(/\r?\n/) });
  }
  return sources;
}

/** The site's layouts and includes, where links shared by many pages are written. */
export function templateSources(site: Site): PageSource[] {
  return siteTemplateFiles(site.config).flatMap((file) => {
    const text = readText(file);
    return text === null ? [] : [{ shownPath: shownPath(site.config.source, file), lines: text.split(/\r?\n/) }];
  });
}

export function shownPath(source: string, file: string): string {
  const relative = path.relative(source, file);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : file).split(path.sep).join('/');
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
