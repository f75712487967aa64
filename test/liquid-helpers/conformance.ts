/** Reading the shared conformance cases (../shared/conformance/cases) for Liquid probes. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TimeZone } from '../../lib/time/zone.js';
import { splitFrontMatter } from './front-matter.js';

const CASES = fileURLToPath(new URL('../../../../shared/conformance/cases/', import.meta.url));

export function caseFile(caseName: string, path: string): string {
  return readFileSync(`${CASES}${caseName}/${path}`, 'utf8');
}

export function readCasePage(caseName: string, file: string, timezone: string) {
  return splitFrontMatter(caseFile(caseName, `src/${file}`), TimeZone.load(timezone));
}

/** The expected output between the layout's text before and after `{{ content }}`. */
export function caseContent(caseName: string, file: string, before: string, after: string): string {
  const html = caseFile(caseName, `expected/${file}`);
  const start = html.indexOf(before) + before.length;
  return html.slice(start, html.lastIndexOf(after));
}
