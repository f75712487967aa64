import path from 'node:path';
import { isWithin } from '../util/is-within.js';

/** Time spent per build stage and per template, for `--profile` (Jekyll's `--profile` table). */
export class BuildProfile {
  readonly stages: [string, number][] = [];
  private readonly templates = new Map<string, { count: number; ms: number }>();
  private roots: { source: string; theme: string | null } | null = null;

  /**
   * Templates are given by their path from the site's source; the table shows the theme's files by their path in
   * the theme (`_layouts/default.html`), as Jekyll's does.
   */
  showPathsFrom(source: string, themeDir: string | null): void {
    this.roots = { source, theme: themeDir };
  }

  /** Runs a stage and records how long it took. */
  stage<T>(name: string, run: () => T): T {
    const started = performance.now();
    try {
      return run();
    } finally {
      this.stages.push([name, performance.now() - started]);
    }
  }

  async stageAsync<T>(name: string, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await run();
    } finally {
      this.stages.push([name, performance.now() - started]);
    }
  }

  /** Adds one rendering of a template (a page, layout or include; includes count their nested includes too). */
  template(file: string, ms: number): void {
    const entry = this.templates.get(file) ?? { count: 0, ms: 0 };
    entry.count++;
    entry.ms += ms;
    this.templates.set(file, entry);
  }

  /** Every template's renders and milliseconds, to be added to another thread's profile. */
  templateTimes(): [file: string, count: number, ms: number][] {
    return [...this.templates].map(([file, { count, ms }]) => [file, count, ms]);
  }

  addTemplateTimes(times: [file: string, count: number, ms: number][]): void {
    for (const [file, count, ms] of times) {
      const entry = this.templates.get(file) ?? { count: 0, ms: 0 };
      entry.count += count;
      entry.ms += ms;
      this.templates.set(file, entry);
    }
  }

  table(limit = 20): string {
    const lines = ['| stage | seconds |', '|---|---|'];
    for (const [name, ms] of this.stages) lines.push(`| ${name} | ${(ms / 1000).toFixed(3)} |`);
    const top = [...this.templates].sort((a, b) => b[1].ms - a[1].ms).slice(0, limit);
    if (top.length > 0) {
      lines.push('', '| template | renders | seconds |', '|---|---|---|');
      for (const [file, { count, ms }] of top) lines.push(`| ${this.shown(file)} | ${count} | ${(ms / 1000).toFixed(3)} |`);
    }
    return lines.join('\n');
  }

  private shown(file: string): string {
    if (!this.roots?.theme || !file.startsWith('..')) return file;
    const absolute = path.resolve(this.roots.source, file);
    return isWithin(this.roots.theme, absolute) ? path.relative(this.roots.theme, absolute).split(path.sep).join('/') : file;
  }
}
