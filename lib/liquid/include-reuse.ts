import type { Context } from './liquidjs.js';
import type { DependencyTracker } from '../deps/tracker.js';
import type { IncludeFile } from './services.js';
import { CURRENT_DOCUMENT } from '../render/site-payload.js';

type Scope = Record<string, unknown>;

/** The parts of liquidjs's Context that lookups go through (private in its typings). */
interface ContextInternals {
  scopes: Scope[];
  environments: Scope;
  globals: Scope;
  findScope(key: string): Scope;
}

/** An include's output that serves every page of the build, with what rendering it did besides printing. */
export interface ReusedInclude {
  html: string;
  /** Dependency keys its rendering recorded. */
  keys: Set<string>;
  /** Variables it assigned (they reach the caller, as in Jekyll). */
  assigned: [string, unknown][];
}

/** Names outside an include whose values are the same for every page of a build. */
const BUILD_WIDE = new Set(['site', 'jekyll']);
/** Liquid that gives a different result each time (randomness, counters, cycles). */
const NOT_REPEATABLE = /\b(?:sample|shuffle|increment|decrement|cycle)\b/;
/**
 * Parameters longer than this are not reused: a text that long (a page's content, as just-the-docs passes to its
 * heading anchors) is hardly ever passed again, so keying it (a JSON copy of it) costs more than reuse saves, and
 * the kept output would hold a second copy of the page.
 */
const LONGEST_REUSED_TEXT = 4096;
/** Dependency keys whose values depend on the page being rendered or on the render order. */
const PAGE_KEYS = new RegExp(`^(?:content:|${CURRENT_DOCUMENT}$)`);

/**
 * Beyond `include_cached`: an `include` whose rendering read nothing but `site`, `jekyll`, its parameters
 * (all plain values) and variables it set itself is rendered once per build and parameters; every later
 * use prints that output, records the same dependencies and makes the same assignments. The read is
 * watched as it happens, so a branch that reads the page makes the include page-specific only on the
 * pages (and parameters) where it does.
 */
export class IncludeReuse {
  private readonly outputs = new Map<string, ReusedInclude>();
  /** Include files seen to read the page: not watched again this build. */
  private readonly pageSpecific = new Set<string>();
  private readonly watching = new WeakMap<Context, Watch[]>();
  private readonly repeatableFiles = new Map<string, boolean>();

  /**
   * The key of this use, or null when it cannot be reused (seen to read the page, parameters that are not
   * plain values or are long texts, Liquid that gives a different result each time, which also rules out every
   * include being watched around it).
   */
  keyOf(file: IncludeFile, params: Record<string, unknown> | null, ctx: Context): string | null {
    if (!this.isRepeatable(file)) {
      for (const watch of this.watchesOf(ctx)) watch.pageSpecific = true;
      return null;
    }
    if (this.pageSpecific.has(file.absolutePath)) return null;
    if (params === null) return file.absolutePath;
    const values = Object.entries(params);
    if (!values.every(([, value]) => isPlain(value))) return null;
    return `${file.absolutePath}\u0000${JSON.stringify(values)}`;
  }

  reused(key: string): ReusedInclude | undefined {
    return this.outputs.get(key);
  }

  /** Prints a reused output's effects: its dependencies and assignments. */
  replay(entry: ReusedInclude, ctx: Context, deps: DependencyTracker): void {
    deps.recordAll(entry.keys);
    const bottom = ctx.bottom() as Scope;
    for (const [name, value] of entry.assigned) bottom[name] = value;
  }

  /** Starts watching a rendering whose own scope (the parameters) is the newest one of `ctx`. */
  watch(ctx: Context): Watch {
    const internals = ctx as unknown as ContextInternals;
    const watches = this.watchesOf(ctx);
    const watch = new Watch(internals, internals.scopes.length - 1);
    watches.push(watch);
    return watch;
  }

  /** Ends a watch; the output is kept when nothing page-specific was read. */
  finish(watch: Watch, ctx: Context, key: string, file: IncludeFile, html: string, keys: Set<string>): void {
    this.stop(watch, ctx);
    if (watch.pageSpecific || [...keys].some((k) => PAGE_KEYS.test(k))) {
      this.pageSpecific.add(file.absolutePath);
      for (const outer of this.watchesOf(ctx)) outer.pageSpecific = true;
      return;
    }
    this.outputs.set(key, { html, keys, assigned: watch.assigned() });
  }

  /** Ends a watch whose rendering failed. */
  stop(watch: Watch, ctx: Context): void {
    const watches = this.watchesOf(ctx);
    const at = watches.lastIndexOf(watch);
    if (at >= 0) watches.splice(at, 1);
  }

  private isRepeatable(file: IncludeFile): boolean {
    let known = this.repeatableFiles.get(file.absolutePath);
    if (known === undefined) this.repeatableFiles.set(file.absolutePath, (known = repeatable(file)));
    return known;
  }

  private watchesOf(ctx: Context): Watch[] {
    let watches = this.watching.get(ctx);
    if (!watches) {
      watches = [];
      this.watching.set(ctx, watches);
      observeLookups(ctx as unknown as ContextInternals, watches);
    }
    return watches;
  }
}

/** One include rendering being watched. */
export class Watch {
  pageSpecific = false;
  private readonly bottomBefore: Map<string, unknown>;

  constructor(
    private readonly ctx: ContextInternals,
    private readonly firstOwnScope: number,
  ) {
    this.bottomBefore = new Map(Object.entries(ctx.scopes[0]!));
  }

  saw(key: string, scope: Scope): void {
    if (this.pageSpecific || this.isOwn(key, scope)) return;
    if (scope === this.ctx.environments && BUILD_WIDE.has(key)) return;
    this.pageSpecific = true;
  }

  /** Variables set at the top level while watched (assign, capture). */
  assigned(): [string, unknown][] {
    return Object.entries(this.ctx.scopes[0]!).filter(([name, value]) => !this.bottomBefore.has(name) || this.bottomBefore.get(name) !== value);
  }

  private isOwn(key: string, scope: Scope): boolean {
    const scopes = this.ctx.scopes;
    if (scope === scopes[0]) return !this.bottomBefore.has(key) || this.bottomBefore.get(key) !== scope[key];
    for (let i = scopes.length - 1; i >= this.firstOwnScope; i--) if (scopes[i] === scope) return true;
    return false;
  }
}

/** Makes every variable lookup of `ctx` known to the watches open on it. */
function observeLookups(ctx: ContextInternals, watches: Watch[]): void {
  const findScope = ctx.findScope;
  ctx.findScope = function (this: ContextInternals, key: string): Scope {
    const scope = findScope.call(this, key);
    for (const watch of watches) watch.saw(key, scope);
    return scope;
  };
}

function repeatable(file: IncludeFile): boolean {
  const source = (file.templates[0] as { token?: { input?: string } } | undefined)?.token?.input ?? '';
  return !NOT_REPEATABLE.test(source);
}

function isPlain(value: unknown): boolean {
  if (typeof value === 'string') return value.length <= LONGEST_REUSED_TEXT;
  return value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean';
}
