import { cleanSectionText } from './clean-section-text.js';
import { splitPage } from './page-sections.js';

/** A search entry before its page URL and custom members are added. */
export interface SectionEntry {
  title: unknown;
  content: string;
  /** `#id` appended to the page URL, or '' for the page URL itself. */
  fragment: string;
}

/**
 * The entries of one page, in just-the-docs' order: one per heading, then (unless the page starts with a
 * heading repeating its title) one for the text before the first heading, titled like the page.
 */
export function pageSectionEntries(html: string, headingLevel: number, pageTitle: unknown): SectionEntry[] {
  const split = splitPage(html, headingLevel, pageTitle);
  const entries: SectionEntry[] = split.sections.map((section) => ({
    title: section.title,
    content: cleanSectionText(section.contentHtml),
    fragment: section.anchor === null ? '' : `#${section.anchor}`,
  }));
  if (!split.titleFound) entries.push({ title: pageTitle, content: cleanSectionText(split.intro ?? ''), fragment: '' });
  return entries;
}
