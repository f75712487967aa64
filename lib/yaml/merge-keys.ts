const MERGE_KEY = '<<';

type Hash = Record<string, unknown>;

export function isHash(value: unknown): value is Hash {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Applies a `<<` key the way Psych does, in key order: the merged hash overrides keys written
 * before `<<` and is overridden by keys written after it; with a list of hashes the first one wins.
 * A `<<` whose value is not a hash (or list of hashes) stays an ordinary key.
 */
export function applyMergeKey(hash: Hash): void {
  if (!Object.hasOwn(hash, MERGE_KEY)) return;
  const source = mergeSource(hash[MERGE_KEY]);
  if (source === null) return;
  const entries = Object.entries(hash);
  for (const key of Object.keys(hash)) delete hash[key];
  for (const [key, value] of entries) {
    if (key === MERGE_KEY) {
      for (const [k, v] of Object.entries(source)) setOwn(hash, k, v);
    } else {
      setOwn(hash, key, value);
    }
  }
}

function mergeSource(value: unknown): Hash | null {
  if (isHash(value)) return value;
  if (!Array.isArray(value) || !value.every(isHash)) return null;
  const combined: Hash = {};
  for (const item of [...value].reverse()) {
    for (const [k, v] of Object.entries(item)) setOwn(combined, k, v);
  }
  return combined;
}

/** Assigns an own property even for the key `__proto__`. */
export function setOwn(hash: Hash, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(hash, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    hash[key] = value;
  }
}
