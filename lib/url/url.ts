/** Jekyll::URL: fills a permalink template and cleans the result. */
export type Placeholders = Record<string, string | null | undefined>;

/** Addressable's PATH character class: unreserved, sub-delims, `:`, `@` and `/` stay as they are. */
const PATH_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/;

export function escapePath(path: string): string {
  if (path === '' || /^[a-zA-Z0-9./-]+$/.test(path)) return path;
  let out = '';
  for (const char of path) {
    if (PATH_SAFE.test(char)) out += char;
    else for (const byte of Buffer.from(char, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function unescapePath(path: string): string {
  try {
    return decodeURIComponent(path.replace(/%(?![0-9a-fA-F]{2})/g, '%25'));
  } catch {
    return path;
  }
}

/** `/:a/:b` with a placeholder hash: nil values drop `/:x`; the hash's order decides replacement. */
export function fillFromHash(template: string, placeholders: Placeholders): string {
  let result = template;
  for (const [key, value] of Object.entries(placeholders)) {
    if (!result.includes(':')) break;
    result =
      value === null || value === undefined
        ? result.split(`/:${key}`).join('')
        : result.split(`:${key}`).join(escapePath(value));
  }
  return result;
}

export class UnknownPlaceholderError extends Error {}

/** Documents: every `:name` must be a known placeholder (`:month_` may mean `:month` then `_`). */
export function fillFromDrop(template: string, placeholders: Placeholders): string {
  return template.replace(/:([a-z_]+)/g, (match, name: string) => {
    const pool = name.endsWith('_') ? [name, name.replace(/_+$/, '')] : [name];
    const winner = pool.find((key) => key in placeholders);
    if (winner === undefined) {
      throw new UnknownPlaceholderError(
        `The URL template doesn't have ${pool.join(' or ')} keys. Check your permalink template!`,
      );
    }
    return match.replace(`:${winner}`, escapePath(placeholders[winner] ?? ''));
  });
}

/** Jekyll's URL#sanitize_url. */
export function sanitizeUrl(url: string): string {
  return `/${url}`.split('..').join('/').split('./').join('').replace(/\/{2,}/g, '/');
}

export function generateUrl(
  template: string,
  permalink: string | null,
  placeholders: Placeholders,
  strictPlaceholders: boolean,
): string {
  const fill = strictPlaceholders ? fillFromDrop : fillFromHash;
  return sanitizeUrl(fill(permalink ?? template, placeholders));
}
