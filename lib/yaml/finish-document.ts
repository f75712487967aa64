import type { RubyTime } from '../values/time.js';
import { applyMergeKey, isHash, setOwn } from './merge-keys.js';
import { UnzonedTime } from './psych-time.js';

export interface DocumentFixes {
  mergeKeys: boolean;
  /** Shows offset-less timestamps in the site's zone; null when the text has none. */
  localTime: ((t: UnzonedTime) => RubyTime) | null;
}

/** Walks the loaded value once (aliases and cycles included), innermost values first. */
export function finishDocument(root: unknown, fixes: DocumentFixes): unknown {
  const seen = new Set<object>();
  const visit = (value: unknown): unknown => {
    if (value instanceof UnzonedTime) return fixes.localTime ? fixes.localTime(value) : value;
    if (typeof value !== 'object' || value === null || seen.has(value)) return value;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = visit(value[i]);
    } else if (isHash(value)) {
      for (const [k, v] of Object.entries(value)) {
        const fixed = visit(v);
        if (fixed !== v) setOwn(value, k, fixed);
      }
      if (fixes.mergeKeys) applyMergeKey(value);
    }
    return value;
  };
  return visit(root);
}
