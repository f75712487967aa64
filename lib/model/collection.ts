import type { CollectionConfig } from '../config/config.js';
import type { Hash } from '../config/merge.js';
import type { Document } from './document.js';
import type { StaticFile } from './static-file.js';

export interface Collection {
  readonly config: CollectionConfig;
  readonly label: string;
  /** Folder relative to the source: `_posts`, `content/_recipes`. */
  readonly directory: string;
  docs: Document[];
  files: StaticFile[];
  readonly liquid: Hash;
}
