import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompiledSass, SassJob, SassWorker } from './sass-worker-client.js';

/**
 * Stylesheets with the same source and settings in the same folder compile to the same CSS (a file's own name
 * only shows in error messages): just-the-docs' default and light schemes are one source. While the first of them
 * compiles, it serves the others asked for meanwhile; if it fails, each of the others is compiled under its own
 * name, for its message. A finished compilation serves nothing more: imported files may have changed since.
 */
export class SharedCompilations {
  private readonly running = new Map<string, { file: string; compiled: Promise<CompiledSass> }>();

  constructor(private readonly worker: SassWorker) {}

  /** `sameOutput` names what the CSS depends on: the source, the settings and the folders imports look in. */
  compile(job: SassJob, file: string, sameOutput: string): Promise<CompiledSass> {
    const own = path.resolve(file);
    const first = this.running.get(sameOutput);
    if (first === undefined) {
      const compiled = this.worker.compile(job);
      this.running.set(sameOutput, { file: own, compiled });
      const finished = () => void this.running.delete(sameOutput);
      compiled.then(finished, finished);
      return compiled;
    }
    return first.compiled.then(
      (result) => ({
        css: result.css,
        sourceMap: result.sourceMap === null ? null : renamedSource(result.sourceMap, first.file, own),
        loadedFiles: result.loadedFiles.map((loaded) => (loaded === first.file ? own : loaded)),
      }),
      () => this.worker.compile(job),
    );
  }
}

/** The source map of one stylesheet made another's: the first's own file, among its sources, becomes the other's. */
function renamedSource(sourceMap: string, from: string, to: string): string {
  const map = JSON.parse(sourceMap) as { sources?: string[] };
  const fromUrl = pathToFileURL(from).href;
  const toUrl = pathToFileURL(to).href;
  map.sources = (map.sources ?? []).map((source) => (source === fromUrl ? toUrl : source));
  return JSON.stringify(map);
}
