/** A YAML file that Jekyll could not read, with the place (1-based, counted in the whole file) where reading stopped. */
export class YamlError extends Error {
  constructor(
    /** What went wrong, without the place. */
    readonly reason: string,
    readonly filename: string,
    readonly line: number,
    readonly column: number,
    /** The text of the line `line` refers to. */
    readonly sourceLine: string,
  ) {
    super(`${filename}:${line}:${column}: ${reason}`);
    this.name = 'YamlError';
  }
}

/**
 * Raised while building a value, where js-yaml gives no position: Psych refusing a class
 * (`:symbol`, `!ruby/object`) or failing to convert a tagged scalar. `scalar` is the text to point at.
 */
export class YamlValueError extends Error {
  constructor(
    message: string,
    readonly scalar: string,
  ) {
    super(message);
  }
}

export function disallowedClass(className: string, scalar: string): YamlValueError {
  return new YamlValueError(`Tried to load unspecified class: ${className}`, scalar);
}
