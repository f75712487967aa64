import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type Token from 'markdown-it/lib/token.mjs';

/** What kramdown's blank-line elements leave on the tokens: each writes one line break. */
export interface BlankLineMeta {
  /** Runs of blank lines right before the block this token starts (more than one where definitions stood between). */
  kdBlankBefore?: number;
  /** The container's text ended with blank lines after the block this token ends. */
  kdBlankAfter?: boolean;
}

export function blankLinesBefore(token: Token): number {
  return (token.meta as BlankLineMeta | null)?.kdBlankBefore ?? 0;
}

export function endsWithBlankLines(token: Token): boolean {
  return (token.meta as BlankLineMeta | null)?.kdBlankAfter === true;
}

/**
 * The tokens without those `drop` picks (definitions, attribute lines), keeping the blank lines noted on them:
 * kramdown leaves an end-of-block marker where such a line was, which goes without taking the blank lines with it.
 */
export function withoutTokens(tokens: readonly Token[], drop: (token: Token) => boolean): Token[] {
  const kept: Token[] = [];
  let blank = false;
  for (const token of tokens) {
    if (drop(token)) {
      blank ||= blankLinesBefore(token) > 0 || endsWithBlankLines(token);
      continue;
    }
    if (blank) {
      if (token.block && token.nesting !== -1) mark(token, { kdBlankBefore: Math.max(1, blankLinesBefore(token)) });
      else if (kept.length > 0) mark(kept[kept.length - 1], { kdBlankAfter: true });
      blank = false;
    }
    kept.push(token);
  }
  if (blank && kept.length > 0) mark(kept[kept.length - 1], { kdBlankAfter: true });
  return kept;
}

function mark(token: Token, meta: BlankLineMeta): void {
  if (token.meta === null || token.meta === undefined) token.meta = meta;
  else Object.assign(token.meta, meta);
}

/**
 * markdown-it's block loop, also noting where it skipped blank lines: kramdown keeps a blank element for each run
 * of them in a container and writes it as a line break, so the HTML has an empty line where the text had one.
 * A run is noted on the first token of the block after it, or, at the end of the container, on the last token.
 */
export function recordBlankLines(md: MarkdownIt): void {
  md.block.tokenize = function tokenize(state: StateBlock, startLine: number, endLine: number): void {
    const rules = this.ruler.getRules('');
    const maxNesting = (state.md.options as { maxNesting?: number }).maxNesting ?? 100;
    const firstToken = state.tokens.length;
    let line = startLine;
    let hasEmptyLines = false;
    // Runs of blank lines since the last block that wrote tokens (a definition writes none, and kramdown keeps
    // the blank lines on each side of it).
    let runs = 0;
    while (line < endLine) {
      const next = state.skipEmptyLines(line);
      if (next > line) runs++;
      state.line = line = next;
      if (line >= endLine || state.sCount[line] < state.blkIndent) break;
      if (state.level >= maxNesting) {
        state.line = endLine;
        break;
      }
      const before = state.tokens.length;
      let matched = false;
      for (let r = 0; r < rules.length && !matched; r++) matched = rules[r](state, line, endLine, false);
      if (!matched) throw new Error('none of the block rules matched');
      if (state.line <= line) throw new Error("block rule didn't increment state.line");
      if (state.tokens.length > before) {
        if (runs > 0) mark(state.tokens[before], { kdBlankBefore: runs });
        runs = 0;
      }
      state.tight = !hasEmptyLines;
      if (state.isEmpty(state.line - 1)) hasEmptyLines = true;
      line = state.line;
      if (line < endLine && state.isEmpty(line)) {
        hasEmptyLines = true;
        runs++;
        state.line = line = state.skipEmptyLines(line);
      }
    }
    if (runs > 0 && state.tokens.length > firstToken) mark(state.tokens[state.tokens.length - 1], { kdBlankAfter: true });
  };
}

