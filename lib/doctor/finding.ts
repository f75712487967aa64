import { formatFinding, type Finding } from '../check/finding.js';

/** One thing `jtd doctor` found: where (relative to the site source), and what to do about it. */
export interface DoctorFinding {
  file: string;
  /** 1-based, when the finding has a line. */
  line?: number;
  message: string;
}

export function formatDoctorFinding(finding: DoctorFinding): string {
  return `${finding.file}${finding.line ? `:${finding.line}` : ''}: ${finding.message}`;
}

/** A broken link or anchor found by the link checker, as a doctor finding. */
export function fromLinkFinding(finding: Finding): DoctorFinding {
  const prefix = `${finding.file}:${finding.line}: `;
  return { file: finding.file, line: finding.line, message: formatFinding(finding).slice(prefix.length) };
}
