import { CompactIndexState } from './compact-index-state.js';
import type { EntryTerms } from './entry-terms.js';
import type { EntryPieces } from './index-script-file.js';
import type { DataPieces } from './search-data-file.js';
import { pageSectionEntries, type SectionEntry } from './page-entries.js';
import type { SearchEntry } from './search-data.js';
import { KeptSearch, type KeptFile, type KeptPage, type KeptSearchWriting } from './kept-search.js';

interface CachedEntries {
  /** What the entries were made from; null in a cache that keeps nothing for a next build. */
  inputs: unknown[] | null;
  entries: SearchEntry[];
  usedInBuild: number;
  /** The key the entries are kept under between builds (see KeptSearch); made when first needed. */
  keptKey: string | null;
}

interface CachedPage {
  html: string;
  headingLevel: number;
  title: unknown;
  entries: SectionEntry[];
  usedInBuild: number;
}

/**
 * What search generation keeps between the builds of one serving session: each page's section entries,
 * by page, reused while its converted HTML and title are the same (a rebuild that kept a page hands back
 * the same string), and each entry's index terms. Entries not used by the latest build are dropped.
 * Between sessions, the entries and terms of the pages are kept on disk (see KeptSearch).
 */
export class SearchCache {
  private readonly pages = new Map<string, CachedPage>();
  private readonly entries = new Map<string, CachedEntries>();
  private readonly terms = new WeakMap<object, { key: string; terms: EntryTerms }>();
  private kept: KeptSearch | null = null;
  private writing: KeptSearchWriting | null = null;
  /** Pages whose entries the latest build took from disk, and pages whose entries it made. */
  private counts = { taken: 0, made: 0 };
  private build = 0;
  /** The compact index of the latest build, patched by the next one. */
  readonly index = new CompactIndexState();
  /** Each page's pieces of search-data.json and of the index script, by its entries. */
  readonly dataPieces: DataPieces = new WeakMap();
  readonly entryPieces: EntryPieces = new WeakMap();

  /**
   * `forNextBuild`: another build in this process may reuse what this one made (a serving session). Without it,
   * pages' HTML and sections are not held for comparing, and once the search files are made only what is to be
   * kept on disk stays.
   */
  constructor(private readonly forNextBuild = true) {}

  /** Where the next full build finds and keeps the entries of earlier sessions (null: nowhere). */
  keepIn(kept: KeptSearch | null): void {
    this.kept = kept;
  }

  /**
   * The search files of the last build, when they were made from what `key` names (a build that no other follows:
   * a serving session keeps every page's entries for its rebuilds instead).
   */
  keptFiles(key: string): KeptFile[] | null {
    return this.forNextBuild || !this.kept ? null : this.kept.files(key);
  }

  /** Keeps this build's search files, made from what `key` names, for the next build. */
  keepFiles(key: string, files: KeptFile[]): void {
    if (!this.forNextBuild) this.kept?.keepFiles(key, files);
  }

  /** Puts the kept entries written by the last build in place. */
  save(): void {
    this.writing?.finish();
    this.writing = null;
  }

  /** Leaves the kept entries as they were (the build failed). */
  abandon(): void {
    this.writing?.abandon();
    this.writing = null;
  }

  /**
   * A page's finished entries, made again only when one of `inputs` (HTML, URL, title, custom data) changed,
   * or found on disk under `keyOfInputs()`.
   */
  pageEntries(page: string, inputs: unknown[], keyOfInputs: () => string, make: () => SearchEntry[]): SearchEntry[] {
    const cached = this.entries.get(page);
    if (cached?.inputs && cached.inputs.length === inputs.length && cached.inputs.every((value, i) => sameTitle(value, inputs[i]))) {
      cached.usedInBuild = this.build;
      return cached.entries;
    }
    const keptKey = this.kept ? keyOfInputs() : null;
    const kept = keptKey === null ? null : this.keptEntries(keptKey);
    const entries = kept ?? make();
    if (kept) this.counts.taken++;
    else this.counts.made++;
    if (this.forNextBuild) this.entries.set(page, { inputs, entries, usedInBuild: this.build, keptKey });
    else if (keptKey !== null) this.entries.set(page, { inputs: null, entries, usedInBuild: this.build, keptKey });
    return entries;
  }

  /** An entry's terms, by the entry object (unchanged pages keep theirs), made again when `key` (separator, fields) changed. */
  entryTerms(entry: object, key: string, make: () => EntryTerms): EntryTerms {
    const cached = this.terms.get(entry);
    if (cached && cached.key === key) return cached.terms;
    const terms = make();
    this.terms.set(entry, { key, terms });
    return terms;
  }

  startBuild(): void {
    this.build++;
    this.counts = { taken: 0, made: 0 };
  }

  /** How many pages' entries the latest build took from disk and how many it made (pages unchanged since the build before are neither). */
  pageCounts(): { taken: number; made: number } {
    return this.counts;
  }

  sectionEntries(page: string, html: string, headingLevel: number, title: unknown): SectionEntry[] {
    const cached = this.pages.get(page);
    if (cached && cached.html === html && cached.headingLevel === headingLevel && sameTitle(cached.title, title)) {
      cached.usedInBuild = this.build;
      return cached.entries;
    }
    const entries = pageSectionEntries(html, headingLevel, title);
    if (this.forNextBuild) this.pages.set(page, { html, headingLevel, title, entries, usedInBuild: this.build });
    return entries;
  }

  finishBuild(): void {
    for (const [page, cached] of this.pages) if (cached.usedInBuild !== this.build) this.pages.delete(page);
    for (const [page, cached] of this.entries) if (cached.usedInBuild !== this.build) this.entries.delete(page);
    const kept = this.kept;
    this.kept = null;
    if (!kept) {
      if (!this.forNextBuild) this.forgetEntries();
      return;
    }
    const used = [...this.entries.values()];
    const keys = used.map((cached): [string, string | null] => [(cached.keptKey ??= KeptSearch.keyOf(cached.inputs!)), this.terms.get(cached.entries[0]?.doc ?? {})?.key ?? null]);
    // A page at a time: not the kept form of every page at once, and its JSON, at the end of the build.
    const pages = function* (cache: SearchCache): Iterable<[string, KeptPage]> {
      for (const cached of used) yield [cached.keptKey!, cache.keptPage(cached.entries)];
    };
    this.writing = kept.write(keys, () => pages(this));
    if (!this.forNextBuild) this.forgetEntries();
  }

  private forgetEntries(): void {
    this.entries.clear();
    this.index.clear();
  }

  private keptEntries(key: string): SearchEntry[] | null {
    const page = this.kept?.page(key);
    if (!page) return null;
    const entries = page.texts.map((text) => ({ text, doc: JSON.parse(text) as SearchEntry['doc'] }));
    if (page.termsKey !== null && page.terms) entries.forEach((entry, i) => this.terms.set(entry.doc, { key: page.termsKey!, terms: page.terms![i]! }));
    return entries;
  }

  private keptPage(entries: SearchEntry[]): KeptPage {
    const made = entries.map((entry) => this.terms.get(entry.doc));
    const key = made[0]?.key ?? null;
    const complete = key !== null && made.every((terms) => terms?.key === key);
    return { texts: entries.map((entry) => entry.text), termsKey: complete ? key : null, terms: complete ? made.map((terms) => terms!.terms) : null };
  }
}

function sameTitle(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
