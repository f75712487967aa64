import path from 'node:path';
import { fnmatchToRegExp } from './fnmatch.js';

interface Pattern {
  text: string;
  glob: RegExp;
}

/**
 * Jekyll's EntryFilter: which entries of a folder are read. Excluded entries are dropped unless
 * `include`d; `.`, `_`, `#` and `~`-leading names and backups (`~` at the end) are dropped unless `include`d.
 */
export class EntryFilter {
  private readonly include: Pattern[];
  private readonly exclude: Pattern[];
  private readonly root: string;
  /** Equal for two filters that keep the same entries. */
  readonly key: string;

  constructor(
    private readonly source: string,
    include: string[],
    exclude: string[],
  ) {
    this.root = source.split(path.sep).join('/').replace(/\/+$/, '');
    this.key = JSON.stringify([source, include, exclude]);
    this.include = include.map((p) => this.pattern(p));
    this.exclude = exclude.filter((p) => !include.includes(p)).map((p) => this.pattern(p));
  }

  private pattern(text: string): Pattern {
    const full = joinSource(this.source, text);
    return { text: full, glob: fnmatchToRegExp(full) };
  }

  /** `dir` is relative to the source ("" for the top); entries are names in it. */
  keeps(dir: string, name: string, isDirectory: boolean): boolean {
    if (name.endsWith('.')) return false;
    const relative = dir ? `${dir}/${name}` : name;
    const included = this.matches(this.include, name, isDirectory) || this.matches(this.include, relative, isDirectory);
    if (!included && this.matches(this.exclude, relative, isDirectory)) return false;
    if (included) return true;
    return !/^[._#~]/.test(name) && !name.endsWith('~');
  }

  isExcluded(relative: string, isDirectory: boolean): boolean {
    return this.matches(this.exclude, relative, isDirectory);
  }

  private matches(patterns: Pattern[], entry: string, isDirectory: boolean): boolean {
    if (patterns.length === 0) return false;
    const full = `${this.root}/${entry}`;
    return patterns.some(
      (p) => p.glob.test(full) || full.startsWith(p.text) || (isDirectory && p.text === `${full}/`),
    );
  }
}

function joinSource(source: string, entry: string): string {
  const root = source.split(path.sep).join('/').replace(/\/+$/, '');
  return `${root}/${entry.replace(/^\/+/, '')}`;
}
