import fs from 'node:fs';
import path from 'node:path';
import { scanHtml, type HtmlScan } from './html-scan.js';

/** The files of a built site, and the HTML of each read and scanned at most once. */
export class DestinationFiles {
  readonly files: Set<string>;
  private readonly scans = new Map<string, HtmlScan>();

  constructor(readonly root: string) {
    this.files = new Set(listFiles(root, ''));
  }

  has(file: string): boolean {
    return this.files.has(file);
  }

  htmlFiles(): string[] {
    return [...this.files].filter(isHtml).sort();
  }

  scan(file: string): HtmlScan {
    let scan = this.scans.get(file);
    if (!scan) {
      scan = scanHtml(fs.readFileSync(path.join(this.root, file), 'utf8'));
      this.scans.set(file, scan);
    }
    return scan;
  }
}

export function isHtml(file: string): boolean {
  return /\.html?$/i.test(file);
}

function listFiles(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listFiles(root, rel);
    return entry.isFile() || entry.isSymbolicLink() ? [rel] : [];
  });
}
