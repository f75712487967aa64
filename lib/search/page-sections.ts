import { rubySplit, stripHtml } from './liquid-text.js';

/** One heading of a page and the HTML up to the next heading (before cleaning). */
export interface PageSection {
  /** Heading text, tags stripped. */
  title: string;
  contentHtml: string;
  /** The heading's id when `id="` occurs exactly once in the heading; else null (the bare page URL). */
  anchor: string | null;
  /** The page starts with this heading and it repeats the page title: the entry stands for the page. */
  isPageTitle: boolean;
}

export interface PageSplit {
  /** HTML before the first heading. */
  intro: string | null;
  sections: PageSection[];
  /** Whether a section stood for the page; if not, the page gets an extra entry for its intro. */
  titleFound: boolean;
}

/**
 * Splits a page's converted HTML at its headings h1 … h`headingLevel`, textually, as just-the-docs'
 * template does (every `<h2`…`<hN` becomes `<h1`, then the text is split at `<h1`).
 */
export function splitPage(html: string, headingLevel: number, pageTitle: unknown): PageSplit {
  let text = html;
  for (let level = 2; level <= headingLevel; level++) {
    text = text.replaceAll(`<h${level}`, '<h1').replaceAll(`</h${level}`, '</h1');
  }
  const parts = rubySplit(text, '<h1');
  const intro = parts.length > 0 ? parts[0] : null;
  let titleFound = false;
  const sections = parts.slice(1).map((part) => {
    const section = sectionOf(part, intro === '', pageTitle);
    if (section.isPageTitle) titleFound = true;
    return section;
  });
  return { intro, sections, titleFound };
}

function sectionOf(part: string, pageStartsHere: boolean, pageTitle: unknown): PageSection {
  const [heading = '', contentHtml = ''] = rubySplit(part, '</h1>');
  const title = stripHtml(rubySplit(heading.replace('>', '<h1>'), '<h1>')[1] ?? '');
  const isPageTitle = pageStartsHere && typeof pageTitle === 'string' && title === pageTitle;
  return { title, contentHtml, anchor: isPageTitle ? null : anchorOf(heading), isPageTitle };
}

function anchorOf(heading: string): string | null {
  const pieces = rubySplit(heading, 'id="');
  if (pieces.length !== 2) return null;
  return rubySplit(pieces[1], '"')[0] ?? '';
}
