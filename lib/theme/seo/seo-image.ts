import { isHash } from '../../liquid/ruby/kinds.js';
import { readProperty } from '../../liquid/ruby/property.js';
import { toS } from '../../liquid/ruby/to-s.js';
import type { FilterCaller } from '../filter-caller.js';
import { isAbsoluteUrl, present, type SeoPage } from './seo-page.js';

/** The page's `image` (a path, or a hash with path/height/width/alt), with an absolute, escaped URL. */
export interface SeoImage {
  readonly path: string;
  /** The other keys of an image hash, in their order. */
  readonly fields: Record<string, unknown>;
}

export function seoImage(seo: SeoPage, filter: FilterCaller): SeoImage | null {
  const meta = seo.pageValue('image');
  const fields: Record<string, unknown> = isHash(meta) ? { path: null, ...toRecord(meta) } : { path: typeof meta === 'string' ? meta : null };
  const raw = present(fields.path) ?? present(fields.facebook) ?? present(fields.twitter);
  if (raw === undefined) return null;
  const absolute = typeof raw === 'string' && !isAbsoluteUrl(raw) ? filter('absolute_url', raw) : raw;
  return { path: toS(filter('uri_escape', absolute)), fields };
}

function toRecord(hash: object): Record<string, unknown> {
  if (hash instanceof Map) return Object.fromEntries(hash);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(hash)) out[key] = readProperty(hash, key);
  return out;
}
