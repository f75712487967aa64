import type { Liquid, Template } from 'liquidjs';
import type { Hash } from '../config/merge.js';
import type { Logger } from '../log/logger.js';
import type { MarkdownRenderer } from '../markdown/index.js';
import type { Site } from '../model/site.js';
import type { SassCompiler } from '../sass/compile.js';

/** Everything rendering needs, made once per build. */
export interface RenderContext {
  readonly site: Site;
  readonly logger: Logger;
  readonly liquid: Liquid;
  readonly markdown: MarkdownRenderer;
  readonly sass: SassCompiler;
  readonly sitePayload: Hash;
  readonly jekyll: Hash;
  /** Parsed templates by source path (layouts and includes). */
  readonly templates: Map<string, Template[]>;
}
