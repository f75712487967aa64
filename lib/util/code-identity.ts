import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set by the bundler (bin/build-bundle.mjs): the hash of the compiled files the bundles were made from. */
declare const __JTD_CODE_ID__: string | undefined;

/** Computed at most once per process, when running from the compiled files instead of the bundles. */
const unbundled: { identity?: string } = {};

/**
 * A hash of jtd's running code, for caches kept between builds whose entries that code made: a cache made by
 * other code is not used. The bundles carry it; run from dist/lib, it is the hash of the files there.
 */
export function codeIdentity(): string {
  if (typeof __JTD_CODE_ID__ === 'string') return __JTD_CODE_ID__;
  return (unbundled.identity ??= hashOfCompiledFiles(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')));
}

/** The hash of every `.js` file under `dir`, by path and content, in a fixed order. */
export function hashOfCompiledFiles(dir: string): string {
  const digest = createHash('sha256');
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js')).sort();
  for (const name of files) digest.update(name).update('\u0000').update(fs.readFileSync(path.join(dir, name))).update('\u0000');
  return digest.digest('hex').slice(0, 32);
}
