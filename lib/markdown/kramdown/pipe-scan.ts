import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

/** Where the last search for a `|` started in a source, and where it found one (-1: none after it). */
interface PipeSearch {
  src: string;
  from: number;
  at: number;
}

/**
 * Whether the line has a `|` after its indentation. Block rules ask this of every line in order, so the position
 * of the next pipe is kept in the document's env and searched again only once a line starts after it.
 */
export function lineHasPipe(state: StateBlock, line: number): boolean {
  const start = state.bMarks[line] + state.tShift[line];
  const at = nextPipe(state, start);
  return at !== -1 && at < state.eMarks[line];
}

function nextPipe(state: StateBlock, pos: number): number {
  const env = state.env as { kramdownPipeSearch?: PipeSearch };
  const last = env.kramdownPipeSearch;
  if (last !== undefined && last.src === state.src && last.from <= pos && (last.at === -1 || pos <= last.at)) return last.at;
  const search = { src: state.src, from: pos, at: state.src.indexOf('|', pos) };
  env.kramdownPipeSearch = search;
  return search.at;
}
