export type Hash = Record<string, unknown>;

export function isHash(value: unknown): value is Hash {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Jekyll's Utils.deep_merge_hashes: `overrides` wins, nested hashes merge, and a nil in `overrides`
 * keeps the value it would replace. Returns a new hash.
 */
export function deepMerge(base: Hash, overrides: Hash): Hash {
  const merged: Hash = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const existing = merged[key];
    if (value === null || value === undefined) {
      if (!(key in merged)) merged[key] = value;
    } else {
      merged[key] = isHash(existing) && isHash(value) ? deepMerge(existing, value) : value;
    }
  }
  return merged;
}
