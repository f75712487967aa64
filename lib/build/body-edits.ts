import path from 'node:path';
import type { Document } from '../model/document.js';
import { renderOrder, type Site } from '../model/site.js';
import { enabledPlugins } from '../plugins/apply-plugins.js';
import type { ReadContext } from '../read/read-context.js';
import { rereadDocument } from '../read/reread-document.js';
import type { SourceCache } from '../read/source-cache.js';
import { isWithin } from '../util/is-within.js';
import { metaOf, readKeysOf, type SiteChanges } from './site-changes.js';

/** More changed files than this at once (a checkout, a generator's output) are read as a whole site. */
const MAX_BODY_EDITS = 32;

/** Documents read again after edits to their bodies alone, and what changed. */
export interface BodyEdits {
  /** Each new document with the one it replaces. */
  readonly replacements: { prior: Document; fresh: Document }[];
  readonly changes: SiteChanges;
}

/**
 * The documents whose files are all that changed, when a rebuild may keep the rest of the site as it was
 * read: every changed path is the file of one page or document, which the reader made of it (not a
 * plugin's page or edit) and which has front matter, outside the folders of layouts, includes, data and
 * Sass, and the plugins that alter the site after the read do not depend on bodies. Null when a whole
 * read is needed. Call before the files are forgotten.
 */
export function bodyEditTargets(site: Site, sources: SourceCache, changedPaths: string[], specialDirs: string[]): Document[] | null {
  const changed = [...new Set(changedPaths)];
  if (changed.length > MAX_BODY_EDITS) return null;
  if (!enabledPlugins(site).every((plugin) => !plugin.afterRead || plugin.afterReadIgnoresBodies)) return null;
  if (changed.some((file) => specialDirs.some((dir) => isWithin(dir, file)))) return null;
  const documents = renderOrder(site);
  const targets: Document[] = [];
  for (const file of changed) {
    const readFromFile = documents.filter((doc) => doc.absolutePath === file && sources.parsedOf(file) === doc.origin);
    if (readFromFile.length !== 1 || !sources.entry(file).hasFrontMatter) return null;
    targets.push(readFromFile[0]!);
  }
  return targets;
}

/**
 * Reads the targets again. The rest of the site stays right only if each keeps its front matter, URL,
 * output path and date (what lists, navigation and other pages can show of it): null when one does not.
 */
export function rereadBodies(read: ReadContext, targets: Document[]): BodyEdits | null {
  const replacements: BodyEdits['replacements'] = [];
  const keys = new Set<string>();
  for (const prior of targets) {
    const fresh = rereadDocument(read, prior);
    if (!fresh || metaOf(fresh) !== metaOf(prior)) return null;
    replacements.push({ prior, fresh });
    if (fresh.rawContent !== prior.rawContent) keys.add(`doc:${prior.sourcePath}`);
    keys.add(`include:${prior.absolutePath}`);
  }
  return { replacements, changes: { keys, readKeys: readKeysOf(keys), listsChanged: false, staticChanged: false, navValueStillHolds: () => true } };
}

/**
 * Puts the edits in. A page stays the same object, its body and origin taken from the new read (all else
 * is equal): values the engines kept from an earlier build (an include's assigned lists) still show it. A
 * collection document is replaced (by source path: the one read before may have been copied since).
 */
export function putEditsIn(site: Site, edits: BodyEdits): void {
  for (const { prior, fresh } of edits.replacements) {
    if (!prior.collection) {
      Object.assign(prior, { rawContent: fresh.rawContent, content: fresh.content, origin: fresh.origin, bodyLine: fresh.bodyLine });
      continue;
    }
    const list = prior.collection.docs;
    list[list.findIndex((doc) => doc.sourcePath === prior.sourcePath)] = fresh;
  }
}

/** The folders whose files are read as something other than pages and documents. */
export function specialFolders(source: string, themeDir: string | null, dirs: { layoutsDir: string; includesDir: string; dataDir: string }): string[] {
  const roots = themeDir ? [source, themeDir] : [source];
  return roots.flatMap((root) => [dirs.layoutsDir, dirs.includesDir, dirs.dataDir, '_sass'].map((dir) => path.resolve(root, dir)));
}
