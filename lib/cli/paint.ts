export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const CODES: Record<keyof Paint, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  bold: [1, 22],
  dim: [2, 22],
};

/** ANSI styles when `colour` is on; otherwise every style returns the text unchanged. */
export function paintFor(colour: boolean): Paint {
  const style = ([open, close]: [number, number]) => (text: string) => (colour ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return Object.fromEntries(Object.entries(CODES).map(([name, codes]) => [name, style(codes)])) as unknown as Paint;
}

/** Colours the head of a log line: `Error:` red, `Warning:` yellow, wherever the location puts them. */
export function paintLogLine(line: string, paint: Paint): string {
  return line.replace(/^((?:[^\s:]+(?::\d+){0,2}: )?)(Error|Warning)(:)/, (_, where: string, kind: string, colon: string) => {
    const coloured = kind === 'Error' ? paint.red(paint.bold(kind)) : paint.yellow(paint.bold(kind));
    return `${where}${coloured}${colon}`;
  });
}
