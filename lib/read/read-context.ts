import type { SiteConfig } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import type { TimeZone } from '../time/index.js';
import type { RubyTime } from '../values/time.js';
import type { FrontMatterDefaults } from './defaults.js';
import type { SourceCache } from './source-cache.js';
import type { EntryFilter } from './entry-filter.js';

/** What every reader needs for one build. */
export interface ReadContext {
  readonly config: SiteConfig;
  readonly logger: Logger;
  readonly filter: EntryFilter;
  readonly defaults: FrontMatterDefaults;
  readonly now: RubyTime;
  /** The site's `timezone`, loaded once. */
  readonly zone: TimeZone;
  readonly sources: SourceCache;
}
