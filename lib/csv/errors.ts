/** Ruby's `CSV::MalformedCSVError`: the message names the 1-based line, as Ruby's does. */
export class CsvError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
  ) {
    super(`${reason} in line ${line}.`);
    this.name = 'CsvError';
  }
}
