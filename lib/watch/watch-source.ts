import fs from 'node:fs';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { ChangeQueue } from './change-queue.js';

/** chokidar drops further `change` events of a file for 50 ms after one; a later look catches those saves. */
const CHANGE_SETTLE_MS = 75;
/**
 * When polling, each file's first look (the state later looks are compared with) is taken in the background after
 * chokidar is ready: a save made before it would be that state and go unseen. Ready waits a few polls longer.
 */
const POLLING_BASELINE_MS = 300;

const NEVER_WATCHED = new Set(['.git', 'node_modules', '.jekyll-cache', '.jtd-cache', '.sass-cache']);
/**
 * Where Bundler installs a site's gems (Jekyll excludes them and its watcher ignores them): thousands of folders
 * that took chokidar seconds to go through before serving could start.
 */
const GEM_FOLDERS = ['vendor/bundle', 'vendor/cache', 'vendor/gems', 'vendor/ruby'].map((folder) => folder.split('/').join(path.sep));

/**
 * Watches the site's source (and the theme's) with chokidar and feeds changes to one rebuild at a time.
 * `polling` (Jekyll's `--force_polling`): look at the files every so often instead of asking the system to
 * report changes, for folders whose changes are not reported (shared into a container or a virtual machine).
 */
export function watchSource(
  roots: string[],
  destination: string,
  rebuild: (paths: string[]) => Promise<void>,
  polling = false,
): { queue: ChangeQueue; close(): Promise<void>; ready: Promise<void> } {
  const queue = new ChangeQueue(rebuild);
  const watcher: FSWatcher = watch(roots, {
    ignoreInitial: true,
    ignored: (file: string) => isIgnored(file, roots, destination),
    usePolling: polling,
  });
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) {
    watcher.on(event, (file: string) => {
      const full = path.resolve(file);
      queue.add(full);
      if (event === 'change') recheckLater(full, queue);
    });
  }
  const ready = new Promise<void>((resolve) =>
    watcher.once('ready', () => (polling ? setTimeout(resolve, POLLING_BASELINE_MS) : resolve())),
  );
  return { queue, ready, close: () => watcher.close() };
}

function recheckLater(file: string, queue: ChangeQueue): void {
  const seen = signature(file);
  setTimeout(() => {
    if (signature(file) !== seen) queue.add(file);
  }, CHANGE_SETTLE_MS).unref();
}

function signature(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'missing';
  }
}

/** Whether changes to `file` are not watched: the destination, caches, dependencies, version control. */
export function isIgnored(file: string, roots: readonly string[], destination: string): boolean {
  const full = path.resolve(file);
  if (isAtOrBelow(full, destination)) return true;
  if (roots.some((root) => GEM_FOLDERS.some((folder) => isAtOrBelow(full, path.join(path.resolve(root), folder))))) return true;
  return full.split(path.sep).some((part) => NEVER_WATCHED.has(part));
}

function isAtOrBelow(file: string, folder: string): boolean {
  return file === folder || file.startsWith(`${folder}${path.sep}`);
}
