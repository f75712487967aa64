import { hash } from 'node:crypto';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

/** A CommonJS file that ran, with what it exported. */
export interface LoadedScript {
  readonly exports: Record<string, unknown>;
  /** Whether V8 took its compiled code from the cache file instead of compiling the source. */
  readonly fromCache: boolean;
  /**
   * Writes the code V8 compiled so far (every function that ran, not only the top level) to the cache file, when
   * the cache was missing or did not fit, or when this run compiled much more than the cache held. Called once the
   * work is done, so that the next run compiles nothing it ran. A cache that cannot be written is simply not kept.
   */
  saveCache(): void;
}

/**
 * Runs a CommonJS file (the command's bundle) the way `require` would, keeping V8's compiled code in a file beside
 * it (`name.label.<content hash>-<V8 version>.v8cache`): most of a short build's start-up goes to compiling
 * functions the first time they run. Node 20 has no module compile cache; Node 22's `module.enableCompileCache`
 * does the same for every module. The content hash names the cache, so a rebuilt bundle never takes old code.
 * The file cannot use `import()` (the bundle has `require` in its place).
 */
export function runCachedScript(file: string | URL, label: string): LoadedScript {
  const filename = typeof file === 'string' ? file : fileURLToPath(file);
  // The bytes are hashed as read: hashing the decoded text would encode all of it again.
  const bytes = fs.readFileSync(filename);
  const source = bytes.toString('utf8');
  const cacheFile = cacheFileFor(filename, bytes, label);
  const cachedData = readIfExists(cacheFile);
  // V8 drops the compiled code of functions that have not run for a while; the cache a run saves should have every
  // function it ran. Set in every run, whether it saves a cache or not: V8 takes a cache only in a process with the
  // flags of the one that made it (setting it only when a cache was missing, in this thread or in another of the
  // process, made the next run reject the cache, compile everything and save it again).
  v8.setFlagsFromString('--no-flush-bytecode');
  const script = new vm.Script(Module.wrap(source), { filename, cachedData });
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  const codeAtLoad = compiledCode();
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(filename), module, filename, path.dirname(filename));
  return {
    exports: module.exports,
    fromCache,
    saveCache: () => {
      // A cache holds what the run that saved it compiled: a first build of a plain site leaves out the theme's
      // code. A run that compiled much more than its cache held saves it again, with all of it.
      const outgrown = fromCache && cachedData !== undefined && compiledCode() - codeAtLoad > cachedData.length * OUTGROWN_SHARE;
      if (!fromCache || outgrown) writeAtomically(cacheFile, () => script.createCachedData());
    },
  };
}

/** How much more code than its cache's size a run must compile for the cache to be saved again. */
const OUTGROWN_SHARE = 0.15;

/** The bytecode compiled in this thread so far. */
function compiledCode(): number {
  return v8.getHeapCodeStatistics().bytecode_and_metadata_size;
}

function cacheFileFor(filename: string, bytes: Buffer, label: string): string {
  const contentHash = hash('sha1', bytes, 'hex').slice(0, 16);
  const v8 = process.versions.v8.replace(/[^\w.-]/g, '_');
  return `${filename}.${label}.${contentHash}-${v8}-${process.arch}.v8cache`;
}

function readIfExists(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Another jtd may be writing the same cache: each writes its own file, then renames it into place. The data is
 * made only once the file could be opened: where the bundle's folder is read-only, every run would otherwise
 * pay for serializing a cache it cannot keep.
 */
function writeAtomically(file: string, data: () => Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  let fd: number;
  try {
    fd = fs.openSync(temporary, 'w');
  } catch {
    return;
  }
  try {
    try {
      fs.writeFileSync(fd, data());
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, file);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}
