import fs from 'node:fs';
import path from 'node:path';

const STYLESHEET = /\.(?:scss|sass|css)$/i;
/** The names an import of a folder finds in it (`@import "dir"` loads `dir/_index.scss` and the like). */
const INDEX = /^_?index(?:\.import)?\.(?:scss|sass|css)$/i;

/**
 * The folders where a new, removed or renamed file could change what a compiled stylesheet's imports resolve to.
 * An import is looked up beside the file that imports it, then in each load path; a file it loaded sits at some
 * path below one of those folders, and a file at that same path below another of them, or a folder's index file
 * there, could take its place. So: below every such folder (the stylesheet's, the load paths, those of the files
 * it loaded), each folder on the way to a loaded file. Null when a loaded file is below none of them (an import
 * through `..` out of the load paths): which files could take its place is then not known.
 */
export function importFolders(stylesheetFolder: string, loadPaths: readonly string[], loadedFiles: readonly string[]): string[] | null {
  const files = loadedFiles.map((file) => path.resolve(file));
  const bases = unique([stylesheetFolder, ...loadPaths, ...files.map((file) => path.dirname(file))].map((folder) => path.resolve(folder)));
  const ways = new Set<string>();
  for (const file of files) {
    let inside = false;
    for (const base of bases) {
      const relative = pathBelow(base, file);
      if (relative === null) continue;
      inside = true;
      for (let way = path.dirname(relative); ; way = path.dirname(way)) {
        ways.add(way);
        if (way === '.') break;
      }
    }
    if (!inside) return null;
  }
  return unique(bases.flatMap((base) => [...ways].map((way) => path.join(base, way)))).sort();
}

/** Paths as the system compares them: Windows' ignore case. */
const folded = process.platform === 'win32' ? (text: string) => text.toLowerCase() : (text: string) => text;

/**
 * `file`'s path below `base` (both absolute and resolved), null when it is not below it: `path.relative` without
 * resolving both paths against the working folder again, which, for every loaded file and every folder, took a
 * cold build 10 ms.
 */
function pathBelow(base: string, file: string): string | null {
  const prefix = base.endsWith(path.sep) ? base : base + path.sep;
  if (!folded(file).startsWith(folded(prefix))) return null;
  return file.slice(prefix.length);
}

/**
 * What an import can find in `folder`, as one text: its stylesheets and its subfolders' index stylesheets, sorted
 * ("" when there is no such folder). Equal texts: the imports resolve there as they did.
 */
export function importableNames(folder: string): string {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return '';
  }
  const names: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory() || entry.isSymbolicLink()) {
      for (const index of indexFiles(path.join(folder, entry.name))) names.push(`${entry.name}/${index}`);
    }
    if (!entry.isDirectory() && STYLESHEET.test(entry.name)) names.push(entry.name);
  }
  return names.sort().join('\n');
}

function indexFiles(folder: string): string[] {
  try {
    return fs.readdirSync(folder).filter((name) => INDEX.test(name));
  } catch {
    return [];
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
