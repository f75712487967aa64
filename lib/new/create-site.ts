import fs from 'node:fs';
import path from 'node:path';
import { FAVICON_ICO_BASE64 } from './favicon.js';
import { NEW_SITE_FILES } from './site-files.js';

/** `jtd new` was pointed at a folder that already has files, without `--force`. */
export class FolderNotEmptyError extends Error {}

export interface CreatedSite {
  directory: string;
  title: string;
  /** Files written, relative to the directory, `/`-separated. */
  files: string[];
}

/** Writes a new just-the-docs site into `directory`, creating it; refuses a non-empty folder unless `force`. */
export function createSite(directory: string, options: { force: boolean }): CreatedSite {
  const full = path.resolve(directory);
  refuseUnsuitable(full, directory, options.force);
  const title = titleFromFolder(full);
  const contents = new Map<string, string | Buffer>(Object.entries(NEW_SITE_FILES).map(([file, text]) => [file, text.replaceAll('__TITLE__', title)]));
  contents.set('favicon.ico', Buffer.from(FAVICON_ICO_BASE64, 'base64'));
  for (const [file, content] of contents) {
    const target = path.join(full, ...file.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  return { directory: full, title, files: [...contents.keys()] };
}

function refuseUnsuitable(full: string, shown: string, force: boolean): void {
  if (!fs.existsSync(full)) return;
  if (!fs.statSync(full).isDirectory()) throw new FolderNotEmptyError(`${shown} is a file, not a folder. Choose another name.`);
  const entries = fs.readdirSync(full);
  if (entries.length === 0 || force) return;
  const listed = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', ...' : '');
  throw new FolderNotEmptyError(
    `${shown} is not empty (${listed}). Choose a new folder, or add --force to write the new site's files into it (files with the same names are replaced).`,
  );
}

/** `my-docs` → `My Docs`. */
export function titleFromFolder(folder: string): string {
  const words = path.basename(folder).split(/[-_\s.]+/).filter(Boolean);
  if (words.length === 0) return 'My Docs';
  return words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
}
