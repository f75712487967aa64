/**
 * What each rendered document read while rendering, as dependency keys:
 * `layout:NAME`, `include:ABSOLUTE_PATH`, `data:KEY`, `list:NAME`, `content:SOURCE_PATH`, `sass`.
 * A rebuild re-renders a document when one of its keys changed.
 */
export class DependencyTracker {
  readonly byDocument = new Map<string, Set<string>>();
  /** What each document's own body (its Liquid and conversion, before layouts) read: a subset of `byDocument`'s. */
  readonly bodyByDocument = new Map<string, Set<string>>();
  private stack: Set<string>[] = [];

  /**
   * `keeps`: documents' keys are kept for a rebuild. A build no rebuild follows records only into captures
   * (include_cached captures what an include read, to record it again where the include is reused).
   */
  constructor(readonly keeps = true) {}

  /** Starts recording for a document; nested renders (excerpts) record into the outer document too. */
  begin(sourcePath: string): void {
    if (!this.keeps) return;
    const keys = new Set<string>();
    this.keep(sourcePath, keys);
    this.stack.push(keys);
  }

  /** Keeps what a document read (as when it was rendered last, for a kept rendering), and what its body read. */
  keep(sourcePath: string, keys: Set<string>, bodyKeys?: Set<string>): void {
    if (!this.keeps) return;
    this.byDocument.set(sourcePath, keys);
    if (bodyKeys) this.bodyByDocument.set(sourcePath, bodyKeys);
  }

  /** Keeps what a document's body read. */
  keepBody(sourcePath: string, keys: Set<string>): void {
    if (this.keeps) this.bodyByDocument.set(sourcePath, keys);
  }

  end(): void {
    if (this.keeps) this.stack.pop();
  }

  record(key: string): void {
    for (const keys of this.stack) keys.add(key);
  }

  /** `record` for a key worth making only when something records it (a build no rebuild follows mostly does not). */
  recordMade(makeKey: () => string): void {
    if (this.stack.length > 0) this.record(makeKey());
  }

  recordAll(keys: Iterable<string>): void {
    for (const key of keys) this.record(key);
  }

  /** Starts recording into a fresh set as well (an include_cached rendering); pair with `popCapture`. */
  pushCapture(): Set<string> {
    const keys = new Set<string>();
    this.stack.push(keys);
    return keys;
  }

  popCapture(keys: Set<string>): void {
    const at = this.stack.lastIndexOf(keys);
    if (at >= 0) this.stack.splice(at, 1);
  }
}
