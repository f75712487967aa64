import type { Hash } from '../config/merge.js';
import type { PendingCss } from '../sass/compile.js';
import type { NavTemplate } from '../theme/nav/nav-slots.js';
import type { RubyTime } from '../values/time.js';
import type { Collection } from './collection.js';

/**
 * A page or a collection document (posts included): something rendered through Liquid, a converter
 * and layouts. `liquid` is the one object templates see for it (`page`, an entry of `site.pages` ...).
 */
export interface Document {
  readonly kind: 'page' | 'document';
  /** Path from the source folder, with `/` separators. */
  readonly sourcePath: string;
  readonly absolutePath: string;
  /** Jekyll's `relative_path`: for collection documents, relative to `collections_dir`. */
  readonly relativePath: string;
  readonly collection: Collection | null;
  /** Front matter merged with defaults, as the renderer reads it. */
  data: Hash;
  /** The body: raw source until rendered, then the converted (pre-layout) HTML. */
  content: string;
  /** The body as read from the file. */
  readonly rawContent: string;
  /** The parsed file this document was made from; the same object while the file is unchanged. */
  readonly origin: object;
  readonly bodyLine: number;
  /** Final output after layouts; null until rendered, and again once a page has been written out. */
  output: string | null;
  /** Makes `output` when it is first read, while that is pending (see lazy-output); null otherwise. */
  outputFill: (() => string) | null;
  /** The output with the theme's sidebars left as placeholders (see NavSlots), or null. */
  navTemplate: NavTemplate | null;
  /** A stylesheet's CSS while Sass is still compiling it (content and output are empty until it settles). */
  pendingCss: PendingCss | null;
  /** A stylesheet's source map, written beside its CSS as `name.css.map`; null for other pages. */
  sourceMap: string | null;
  /** A hash of the output once it is written, so a rebuild can tell whether the file must be written again. */
  outputHash: string | null;
  url: string;
  /** Output file, relative to the destination; null when not written. */
  destPath: string | null;
  /** File extension of the source (`.md`) and of the output (`.html`). */
  readonly ext: string;
  outputExt: string;
  date: RubyTime | null;
  readonly liquid: Hash;
  /** The excerpt's own document, rendered on its own (posts and documents). */
  excerpt: Excerpt | null;
  /** Liquid's `paginator` for this page, when a pagination plugin made it a page of posts. */
  readonly paginator?: Hash;
}

export interface Excerpt {
  content: string;
  output: string | null;
}

/** What a page or document holds about its rendering before it is rendered. */
export function notYetRendered(): Pick<Document, 'output' | 'outputFill' | 'outputHash' | 'navTemplate' | 'excerpt' | 'pendingCss' | 'sourceMap'> {
  return { output: null, outputFill: null, outputHash: null, navTemplate: null, excerpt: null, pendingCss: null, sourceMap: null };
}
