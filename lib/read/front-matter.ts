/** A file's text split the way Jekyll splits it: YAML front matter, then the body. */
export interface SplitSource {
  /** The YAML text between the `---` lines, or null when the file has none (or it is never closed). */
  yaml: string | null;
  body: string;
  /** 1-based line of the whole file on which the body starts. */
  bodyLine: number;
}

const HEADER = /^---\s*\r?\n/;
const FRONT_MATTER = /(---\s*\n[\s\S]*?\n?)^((?:---|\.\.\.)\s*$\n?)/my;

/** Jekyll's Utils.has_yaml_header?: the file begins with `---` and a line break. */
export function hasFrontMatter(text: string): boolean {
  return HEADER.test(text);
}

export function splitFrontMatter(text: string): SplitSource {
  FRONT_MATTER.lastIndex = 0;
  const match = FRONT_MATTER.exec(text);
  if (!match) return { yaml: null, body: text, bodyLine: 1 };
  const yaml = match[1].replace(/^---\s*\n/, '');
  return { yaml, body: text.slice(match[0].length), bodyLine: countLines(match[0]) + 1 };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
