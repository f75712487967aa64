/**
 * Thrown by include tags around a failure inside the included file, so the message can show the
 * chain page → layout → include. liquidjs wraps it in a RenderError located at the include tag.
 */
export class IncludeError extends Error {
  constructor(readonly inner: unknown) {
    super(inner instanceof Error ? inner.message : String(inner));
    this.name = 'IncludeError';
  }
}
