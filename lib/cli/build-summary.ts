import type { BuildSummary } from '../build/build.js';
import type { Paint } from './paint.js';

/** `Built 12 pages and 30 files in 0.84 s, 2 warnings.` */
export function summaryLine(summary: BuildSummary, paint: Paint): string {
  const warnings = summary.warnings ? `, ${paint.yellow(plural(summary.warnings, 'warning'))}` : '';
  return `${paint.green('Built')} ${plural(summary.pages, 'page')} and ${plural(summary.files, 'file')} in ${summary.seconds.toFixed(2)} s${warnings}.`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
