import { isHash } from '../config/merge.js';
import { toS } from '../liquid/ruby/to-s.js';
import type { Document } from '../model/document.js';
import type { Site } from '../model/site.js';
import type { DoctorFinding } from './finding.js';

interface Titled {
  doc: Document;
  title: string;
  parent: string | null;
}

/** `parent` titles that name no page, or several; pages that are their own ancestors. Per nav page set. */
export function checkParents(site: Site): DoctorFinding[] {
  return pageSets(site).flatMap((set) => [...orphansAndAmbiguous(set), ...loops(set)]);
}

function pageSets(site: Site): Titled[][] {
  const html = site.pages.filter((p) => p.outputExt === '.html' && p.output !== '' && p.liquid.redirect === undefined);
  const options = site.config.site.just_the_docs;
  const labels = isHash(options) && isHash(options.collections) ? Object.keys(options.collections) : [];
  const collections = labels.map((label) => site.collections.find((c) => c.label === label)?.docs ?? []);
  return [html, ...collections].map((docs) => docs.flatMap(titled));
}

function titled(doc: Document): Titled[] {
  const data = doc.kind === 'page' ? doc.liquid : doc.data;
  const title = data.title;
  if (title === undefined || title === null || toS(title) === '') return [];
  const parent = data.parent === undefined || data.parent === null || toS(data.parent) === '' ? null : toS(data.parent);
  return [{ doc, title: toS(title), parent }];
}

function orphansAndAmbiguous(set: Titled[]): DoctorFinding[] {
  const findings: DoctorFinding[] = [];
  for (const page of set) {
    if (page.parent === null) continue;
    const parents = set.filter((p) => p.title === page.parent && p !== page);
    const data = page.doc.kind === 'page' ? page.doc.liquid : page.doc.data;
    if (parents.length === 0) {
      findings.push({ file: page.doc.sourcePath, message: `parent: '${page.parent}' names no page titled so; the page is left out of the navigation. Correct the parent or the title it names.` });
    } else if (qualified(data.grand_parent) && !parents.some((p) => p.parent === toS(data.grand_parent))) {
      findings.push({ file: page.doc.sourcePath, message: grandParentMismatch(page.parent, toS(data.grand_parent), parents) });
    } else if (parents.length > 1 && !qualified(data.grand_parent) && !qualified(data.ancestor) && !bindsToTop(parents)) {
      const files = parents.map((p) => p.doc.sourcePath).join(', ');
      findings.push({ file: page.doc.sourcePath, message: `parent: '${page.parent}' matches ${parents.length} pages (${files}); add grand_parent: (or ancestor:) to say which.` });
    }
  }
  return findings;
}

/** The theme keeps a child only under a parent whose own parent is the child's grand_parent. */
function grandParentMismatch(parent: string, grandParent: string, parents: Titled[]): string {
  const theirs = [...new Set(parents.map((p) => (p.parent === null ? 'none: it is top-level' : `'${p.parent}'`)))].join(', ');
  return (
    `grand_parent: '${grandParent}' is not the parent of the page titled '${parent}' (${parents.length === 1 ? 'its parent' : 'their parents'}: ${theirs}); ` +
    `the page is left out of the navigation. Correct grand_parent: or remove it.`
  );
}

/** The theme binds an unqualified parent title to the one top-level page of that title, when there is one. */
function bindsToTop(parents: Titled[]): boolean {
  return parents.filter((p) => p.parent === null).length === 1;
}

function qualified(value: unknown): boolean {
  return value !== undefined && value !== null && toS(value) !== '';
}

function loops(set: Titled[]): DoctorFinding[] {
  const findings: DoctorFinding[] = [];
  for (const page of set) {
    const seen = [page.title];
    let current: Titled | undefined = page;
    while (current?.parent !== null && current !== undefined) {
      const parentTitle: string = current.parent;
      if (seen.includes(parentTitle)) {
        findings.push({ file: page.doc.sourcePath, message: `its parents lead back to itself (${[...seen, parentTitle].join(' → ')}); break the loop by changing a parent:.` });
        break;
      }
      seen.push(parentTitle);
      current = set.find((p) => p.title === parentTitle);
    }
  }
  return findings;
}
