/** Where the CLI writes, and whether it may use colours and rewrite lines there. */
export interface Terminal {
  write(text: string): void;
  /** An interactive terminal: progress lines may be drawn and erased. */
  interactive: boolean;
  colour: boolean;
}

export type Env = Record<string, string | undefined>;

export function terminalFor(stream: NodeJS.WriteStream, env: Env = process.env): Terminal {
  const interactive = stream.isTTY === true;
  return { write: (text) => void stream.write(text), interactive, colour: wantsColour(interactive, env) };
}

/** Colours only on a terminal, never with NO_COLOR set (https://no-color.org), always with FORCE_COLOR. */
export function wantsColour(interactive: boolean, env: Env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return interactive && env.TERM !== 'dumb';
}
