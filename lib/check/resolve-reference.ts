import type { DestinationFiles } from './destination-files.js';

/** Where a URL in a page leads within the built site. */
export type Resolution =
  | { kind: 'external' }
  | { kind: 'found'; file: string; fragment: string }
  | { kind: 'missing'; path: string }
  | { kind: 'outside-baseurl'; path: string };

const ORIGIN = 'http://site.invalid';

/**
 * Resolves `url`, written in the page at `pageFile` (relative to the destination), the way a browser
 * would on the served site, then finds the file a static server sends for it: the file itself, the
 * folder's `index.html`, or the same name with `.html` (as `jekyll serve` and GitHub Pages do).
 */
export function resolveReference(url: string, pageFile: string, baseurl: string, files: DestinationFiles): Resolution {
  if (isExternal(url)) return { kind: 'external' };
  const base = normalizeBaseurl(baseurl);
  const resolved = new URL(url, `${ORIGIN}${base}/${encodeURI(pageFile)}`);
  const pathname = safeDecode(resolved.pathname);
  const fragment = safeDecode(resolved.hash.replace(/^#/, ''));
  if (base && pathname !== base && !pathname.startsWith(`${base}/`)) return { kind: 'outside-baseurl', path: pathname };
  const relative = pathname.slice(base.length).replace(/^\/+/, '');
  const file = servedFile(relative, files);
  return file === null ? { kind: 'missing', path: pathname } : { kind: 'found', file, fragment };
}

function servedFile(relative: string, files: DestinationFiles): string | null {
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`, `${relative}.html`];
  return candidates.find((c) => files.has(c)) ?? null;
}

/** Anything with a scheme (`https:`, `mailto:`, `data:` ...) or protocol-relative: not checked, never fetched. */
function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

function normalizeBaseurl(baseurl: string): string {
  const trimmed = baseurl.replace(/\/+$/, '');
  return trimmed === '' ? '' : trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
