import type { LunrToken } from './lunr-module.js';

/**
 * lunr's pipeline output (terms) per indexed text, kept between the builds of a serving session so a
 * rebuild stems only texts that changed. Keys not used by the latest build are dropped.
 */
export class TermCache {
  private readonly terms = new Map<string, LunrToken[]>();
  private used = new Set<string>();

  get(key: string): LunrToken[] | undefined {
    const terms = this.terms.get(key);
    if (terms) this.used.add(key);
    return terms;
  }

  set(key: string, terms: LunrToken[]): void {
    this.terms.set(key, terms);
    this.used.add(key);
  }

  /** Forgets what the build just finished did not use. */
  sweep(): void {
    for (const key of this.terms.keys()) if (!this.used.has(key)) this.terms.delete(key);
    this.used = new Set();
  }
}
