import type { KramdownSettings } from '../options.js';

/** Per-document state kept in markdown-it's `env` (never in module state). */
export interface DocumentEnv {
  kramdown?: DocumentState;
}

export interface DocumentState {
  /** `{::options auto_ids="false" /}` turns ids off for the whole document. */
  autoIds: boolean;
}

export function documentOptions(env: unknown, settings: KramdownSettings): DocumentState {
  const holder = env as DocumentEnv;
  if (holder.kramdown === undefined) holder.kramdown = { autoIds: settings.autoIds };
  return holder.kramdown;
}
