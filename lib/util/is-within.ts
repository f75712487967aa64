import path from 'node:path';

/** Whether `child` is `parent` or lies inside it (after resolving both). */
export function isWithin(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
