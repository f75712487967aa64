import { pageSectionEntries, type SectionEntry } from './page-entries.js';

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
 * the same string). Entries not used by the latest build are dropped.
 */
export class SearchCache {
  private readonly pages = new Map<string, CachedPage>();
  private build = 0;

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
  }
}

function sameTitle(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
