import type { KramdownSettings } from '../options.js';

/** Per-document state kept in markdown-it's `env` (never in module state). */
export interface DocumentEnv {
  kramdown?: DocumentState;
}

/** What `{::options … /}` can change for the whole document, above and below it (kramdown's converter options). */
export interface DocumentState {
  /** `{::options auto_ids="false" /}` turns ids off for the whole document. */
  autoIds: boolean;
  autoIdPrefix: string;
  tocLevels: ReadonlySet<number>;
}

/** The document state before settings are known (block rules); `documentOptions` fills defaults later. */
export function documentOptionsFromEnv(env: unknown): Partial<DocumentState> {
  const holder = env as { kramdownOverrides?: Partial<DocumentState> };
  if (holder.kramdownOverrides === undefined) holder.kramdownOverrides = {};
  return holder.kramdownOverrides;
}

export function documentOptions(env: unknown, settings: KramdownSettings): DocumentState {
  const holder = env as DocumentEnv;
  if (holder.kramdown === undefined) {
    const overrides = documentOptionsFromEnv(env);
    holder.kramdown = {
      autoIds: overrides.autoIds ?? settings.autoIds,
      autoIdPrefix: overrides.autoIdPrefix ?? settings.autoIdPrefix,
      tocLevels: overrides.tocLevels ?? settings.tocLevels,
    };
  }
  return holder.kramdown;
}
