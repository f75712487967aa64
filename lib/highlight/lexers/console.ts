import type { LexingRun } from '../lexing-run.js';
import type { LexerDefinition } from '../lexer-definition.js';

/** The key under which the console lexer keeps its shell delegate. */
const SHELL = 'shell';

/** With no options, Rouge's console lexer ends a prompt at the first `$`, `#`, `>` or `;` of a line. */
const PROMPT = /^.*?(?:\$|#|>|;)/s;
const SNIP = /^\s*(?:<[.]+>|[.]+)\s*$/;

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function lexLine(run: LexingRun, line: string): void {
  if (SNIP.test(line)) {
    run.resetChild(SHELL);
    run.token('c', line);
    return;
  }
  const prompt = PROMPT.exec(line);
  if (prompt === null) {
    run.resetChild(SHELL);
    run.token('go', line);
    return;
  }
  run.token('gp', prompt[0]);
  const rest = line.slice(prompt[0].length);
  const space = /^\s*/.exec(rest)?.[0] ?? '';
  run.token('w', space);
  run.delegate(SHELL, rest.slice(space.length));
}

/** Rouge's `console` lexer with its default options: prompts, shell commands and plain output. */
export function createConsoleLexer(): LexerDefinition {
  return {
    tag: 'console',
    states: { root: [] },
    lexText: (run, text) => {
      for (const line of splitLines(text)) lexLine(run, line);
    },
  };
}
