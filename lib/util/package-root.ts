import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * jtd's own folder (where its package.json, the theme and dist/ are), found by walking up from this code,
 * which runs from dist/lib/... or from the bundle in dist/bundle/.
 */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'jtd') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('jtd cannot find its own package.json');
    dir = parent;
  }
}
