import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, by its path relative to `dir`, with its text. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of fs.readdirSync(dir, { recursive: true }).map(String)) {
    const full = path.join(dir, file);
    if (fs.statSync(full).isFile()) files[file] = fs.readFileSync(full, 'utf8');
  }
  return files;
}
