/** One problem `jtd check` reports. */
export interface Finding {
  /** The source file of the page (relative to the site's folder), or the output file when the source is unknown. */
  file: string;
  /** 1-based; in the source file where the reference was found there, otherwise in the output file. */
  line: number;
  /** What is wrong, e.g. `broken link`, `missing anchor`. */
  problem: string;
  /** The URL or path as written. */
  target: string;
  /** The link text or an image's alt text ('' when there is none). */
  text: string;
  /** Why the target does not resolve, e.g. `no file _site/docs/x.html`. */
  detail: string;
  /** Other pages with the same finding at an unknown source place (a link in a layout). */
  alsoOn: number;
}

export function formatFinding(finding: Finding): string {
  const text = finding.text ? ` "${finding.text}"` : '';
  const also = finding.alsoOn > 0 ? ` (also on ${finding.alsoOn} other page${finding.alsoOn === 1 ? '' : 's'})` : '';
  return `${finding.file}:${finding.line}: ${finding.problem}${text} → ${finding.target}: ${finding.detail}${also}`;
}
