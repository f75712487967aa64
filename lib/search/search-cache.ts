import { CompactIndexState } from './compact-index-state.js';
import type { EntryTerms } from './entry-terms.js';
import type { EntryPieces } from './index-script-file.js';
import type { DataPieces } from './search-data-file.js';
import { pageSectionEntries, type SectionEntry } from './page-entries.js';
import type { SearchEntry } from './search-data.js';

interface CachedEntries {
  inputs: unknown[];
  entries: SearchEntry[];
  usedInBuild: number;
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
 */
export class SearchCache {
  private readonly pages = new Map<string, CachedPage>();
  private readonly entries = new Map<string, CachedEntries>();
  private readonly terms = new WeakMap<object, { key: string; terms: EntryTerms }>();
  private build = 0;
  /** The compact index of the latest build, patched by the next one. */
  readonly index = new CompactIndexState();
  /** Each page's pieces of search-data.json and of the index script, by its entries. */
  readonly dataPieces: DataPieces = new WeakMap();
  readonly entryPieces: EntryPieces = new WeakMap();

  /** A page's finished entries, made again only when one of `inputs` (HTML, URL, title, custom data) changed. */
  pageEntries(page: string, inputs: unknown[], make: () => SearchEntry[]): SearchEntry[] {
    const cached = this.entries.get(page);
    if (cached && cached.inputs.length === inputs.length && cached.inputs.every((value, i) => sameTitle(value, inputs[i]))) {
      cached.usedInBuild = this.build;
      return cached.entries;
    }
    const entries = make();
    this.entries.set(page, { inputs, entries, usedInBuild: this.build });
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
  }

  sectionEntries(page: string, html: string, headingLevel: number, title: unknown): SectionEntry[] {
    const cached = this.pages.get(page);
    if (cached && cached.html === html && cached.headingLevel === headingLevel && sameTitle(cached.title, title)) {
      cached.usedInBuild = this.build;
      return cached.entries;
    }
    const entries = pageSectionEntries(html, headingLevel, title);
    this.pages.set(page, { html, headingLevel, title, entries, usedInBuild: this.build });
    return entries;
  }

  finishBuild(): void {
    for (const [page, cached] of this.pages) if (cached.usedInBuild !== this.build) this.pages.delete(page);
    for (const [page, cached] of this.entries) if (cached.usedInBuild !== this.build) this.entries.delete(page);
  }
}

function sameTitle(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
