import type { ConfigOverrides } from '../config/load.js';
import type { Env } from './terminal.js';
import type { BuildFlags } from './args.js';

/** The configuration the command-line flags and JEKYLL_ENV ask for. */
export function overridesFrom(flags: BuildFlags, env: Env): ConfigOverrides {
  return {
    source: flags.source,
    destination: flags.destination,
    configFiles: flags.config,
    baseurl: flags.baseurl,
    drafts: flags.drafts,
    future: flags.future,
    unpublished: flags.unpublished,
    limitPosts: flags.limitPosts === undefined ? undefined : Number(flags.limitPosts),
    strictFrontMatter: flags.strictFrontMatter,
    disableDiskCache: flags.disableDiskCache,
    environment: env.JEKYLL_ENV || 'development',
  };
}
