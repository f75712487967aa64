import type { Template } from 'liquidjs';
import type { DependencyTracker } from '../deps/tracker.js';

export interface CachedInclude {
  html: string;
  keys: Set<string>;
}

/** A file found for `include` / `include_relative`. */
export interface IncludeFile {
  /** Path shown in messages, relative to the site source. */
  shownPath: string;
  absolutePath: string;
  templates: Template[];
}

/** Where `--profile` adds the time of each rendering of a template. */
export interface TemplateTiming {
  template(file: string, ms: number): void;
}

/** What Jekyll's tags need from the build. Created once per build. */
export interface LiquidServices {
  /** `{% include name %}`: looked up in the site's `_includes`, then the theme's. */
  findInclude(name: string): IncludeFile | null;
  /** `{% include_relative path %}` from the page being rendered (its source path). */
  findRelativeInclude(fromSourcePath: string, name: string): IncludeFile | null;
  /** `{% link path %}`: the URL of the page, document or static file at that source path. */
  linkTarget(relativePath: string): string | null;
  /** `{% post_url name %}`. */
  postUrl(name: string): string | null;
  relativeUrl(url: string): string;
  /** Memory of `include_cached`: the output and what rendering it read. */
  readonly cachedIncludes: Map<string, CachedInclude>;
  /** Records what the document being rendered depends on. */
  readonly deps: DependencyTracker;
  /** `{% highlight lang %}`: Rouge's HTML for the code, or null when Rouge has no such lexer. */
  highlight(code: string, lang: string, lineNumbers: boolean): string;
  /** The include directories searched, for messages. */
  readonly includeDirs: string[];
  /** Where include renderings are timed, or null when the build is not profiled. */
  timing(): TemplateTiming | null;
}
