import { DestinationFiles, isHtml } from './destination-files.js';
import type { Finding } from './finding.js';
import type { HtmlReference } from './html-scan.js';
import { locateInSource, type ReferenceClue } from './locate-in-source.js';
import type { PageSource } from './page-sources.js';
import { resolveReference, type Resolution } from './resolve-reference.js';

export interface OutputCheck {
  /** The built site's folder. */
  destination: string;
  /** How to show the destination in findings (`_site`). */
  shownDestination: string;
  baseurl: string;
  /** Output file → the page's source, to report source lines. */
  sources: Map<string, PageSource>;
  /** The site's layouts and includes, searched for links not written in the page itself. */
  templates: PageSource[];
}

type Problem = Pick<Finding, 'problem' | 'detail'>;

export interface OutputCheckResult {
  findings: Finding[];
  /** HTML files checked. */
  pages: number;
}

/** Every internal link, anchor, image and asset in the built HTML that leads nowhere. */
export function checkOutput(check: OutputCheck): OutputCheckResult {
  const files = new DestinationFiles(check.destination);
  const findings: Finding[] = [];
  const unlocated = new Map<string, Finding>();
  const pages = files.htmlFiles();
  for (const page of pages) {
    const seen = new Map<string, number>();
    for (const reference of files.scan(page).references) {
      const occurrence = seen.get(reference.url) ?? 0;
      seen.set(reference.url, occurrence + 1);
      const problem = problemWith(reference, page, check.baseurl, files);
      if (!problem) continue;
      const finding = place(check, page, reference, occurrence, problem);
      if (finding.file === check.sources.get(page)?.shownPath) findings.push(finding);
      else addUnlocated(unlocated, finding);
    }
  }
  return { findings: [...findings, ...unlocated.values()], pages: pages.length };
}

function problemWith(reference: HtmlReference, page: string, baseurl: string, files: DestinationFiles): Problem | null {
  if (reference.url === '' || reference.url === '#') return null;
  const resolution = resolveReference(reference.url, page, baseurl, files);
  return resolutionProblem(reference, resolution, baseurl) ?? anchorProblem(resolution, files);
}

function resolutionProblem(reference: HtmlReference, resolution: Resolution, baseurl: string): Problem | null {
  const problem = reference.kind === 'link' ? 'broken link' : reference.kind === 'image' ? 'missing image' : 'missing asset';
  if (resolution.kind === 'missing') return { problem, detail: `nothing is built at ${resolution.path}` };
  if (resolution.kind === 'outside-baseurl') return { problem, detail: `${resolution.path} is outside the site's baseurl ${baseurl}` };
  return null;
}

function anchorProblem(resolution: Resolution, files: DestinationFiles): Problem | null {
  if (resolution.kind !== 'found' || resolution.fragment === '' || resolution.fragment === 'top') return null;
  if (!isHtml(resolution.file) || files.scan(resolution.file).anchors.has(resolution.fragment)) return null;
  return { problem: 'missing anchor', detail: `${resolution.file} has no element with id "${resolution.fragment}"` };
}

function place(check: OutputCheck, page: string, reference: HtmlReference, occurrence: number, problem: Problem): Finding {
  const source = check.sources.get(page);
  const clue = { url: reference.url, urlWithoutBase: withoutBase(reference.url, check.baseurl), text: reference.text, occurrence };
  const line = source ? locateInSource(source.lines, clue) : null;
  const where = source && line !== null ? { file: source.shownPath, line } : inTemplates(check.templates, { ...clue, occurrence: 0 });
  const fallback = { file: `${check.shownDestination}/${page}`, line: reference.line };
  return { ...(where ?? fallback), ...problem, target: reference.url, text: reference.text, alsoOn: 0 };
}

function inTemplates(templates: PageSource[], clue: ReferenceClue): { file: string; line: number } | null {
  for (const template of templates) {
    const line = locateInSource(template.lines, clue);
    if (line !== null) return { file: template.shownPath, line };
  }
  return null;
}

/** A broken link in a layout shows on every page: reported once, with the number of other pages. */
function addUnlocated(unlocated: Map<string, Finding>, finding: Finding): void {
  const key = `${finding.problem}\u0000${finding.target}\u0000${finding.detail}`;
  const first = unlocated.get(key);
  if (first) first.alsoOn++;
  else unlocated.set(key, finding);
}

function withoutBase(url: string, baseurl: string): string {
  const base = baseurl.replace(/\/+$/, '');
  return base && url.startsWith(`${base}/`) ? url.slice(base.length) : url;
}
