import fs from 'node:fs';
import path from 'node:path';

const STYLESHEET = /\.(?:scss|sass|css)$/i;

/**
 * The Sass, SCSS and CSS files under `folder` (relative paths, sorted): which file an import finds depends
 * on which files exist, so a compiled stylesheet is reused only while these names are the same (a new
 * `_sass/custom/custom.scss` in the site replaces the theme's).
 */
export function stylesheetNames(folder: string): string[] {
  const names: string[] = [];
  collect(folder, '', names);
  return names.sort();
}

function collect(root: string, rel: string, names: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) collect(root, child, names);
    else if (STYLESHEET.test(entry.name)) names.push(child);
  }
}
