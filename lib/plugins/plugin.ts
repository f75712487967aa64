import type { Liquid } from 'liquidjs';
import type { MarkdownRenderer } from '../markdown/index.js';
import type { Document } from '../model/document.js';
import type { Site } from '../model/site.js';
import type { ReadContext } from '../read/read-context.js';
import type { RenderContext } from '../render/render-context.js';

/** What read-time plugin hooks get besides the site: the reader's context and a Markdown renderer made on demand. */
export interface PluginReadEnv {
  readonly read: ReadContext;
  readonly markdown: () => MarkdownRenderer;
}

/** A file a plugin makes from the whole rendered site. */
export interface GeneratedFile {
  destPath: string;
  content: string;
}

/**
 * One Jekyll plugin re-implemented. Hooks run in Jekyll's generator order (the order of the plugin
 * table). `afterRead` adds or alters pages before rendering, as a Jekyll Generator does;
 * `afterRender` fills outputs that need the rendered site; `registerLiquid` adds tags and filters;
 * `transformOutput` changes one page's or document's final output, as a Jekyll `post_render` hook
 * does (null: unchanged).
 */
export interface JtdPlugin {
  readonly name: string;
  afterRead?(site: Site, env: PluginReadEnv): void;
  /**
   * `afterRead` neither reads nor changes any document's body, and a document it changes gets new data
   * (or a new object): a rebuild after edits to bodies alone can keep what it did (see body-edits).
   */
  readonly afterReadIgnoresBodies?: true;
  afterRender?(ctx: RenderContext): GeneratedFile[];
  registerLiquid?(liquid: Liquid, site: Site): void;
  transformOutput?(doc: Document, output: string, site: Site): string | null;
  /**
   * Whether `transformOutput` leaves an output that holds `text` as it is, whatever surrounds the text (which begins
   * and ends with a tag): asked of a page's own text and of its sidebar's, so that the whole page is put together only
   * when a plugin changes it.
   */
  leavesAsIs?(doc: Document, text: string, site: Site): boolean;
}
