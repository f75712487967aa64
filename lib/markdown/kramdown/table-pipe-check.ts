import { backtickRunLength, codeSpanEnd } from './code-span.js';
import { hasUnescapedPipe } from './table-row.js';

interface TextChunk {
  code: boolean;
  /** Lines of the chunk as Ruby's `split(/\n/)` gives them (trailing empty lines dropped). */
  lines: string[];
}

function rubyLines(text: string): string[] {
  const lines = text.split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The table source cut into text and code-span chunks, as `parse_spans(root, nil, [:codespan])` does. */
function chunks(source: string): TextChunk[] {
  const result: TextChunk[] = [];
  let textStart = 0;
  let pos = source.indexOf('`');
  while (pos >= 0) {
    const run = backtickRunLength(source, pos);
    const end = codeSpanEnd(source, pos, run);
    if (end < 0) {
      pos = source.indexOf('`', pos + run);
      continue;
    }
    if (pos > textStart) result.push({ code: false, lines: rubyLines(source.slice(textStart, pos)) });
    result.push({ code: true, lines: rubyLines(source.slice(pos + run, end - run)) });
    textStart = end;
    pos = source.indexOf('`', end);
  }
  if (textStart < source.length) result.push({ code: false, lines: rubyLines(source.slice(textStart)) });
  return result;
}

/**
 * kramdown's last check in `parse_table`: walking the text and code-span chunks,
 * a line must have a pipe outside code spans, as far as that walk can tell.
 */
export function tableLinesHavePipes(source: string): boolean {
  let pipeOnLine = false;
  for (const chunk of chunks(source)) {
    const lines = chunk.lines;
    if (chunk.code) {
      if (lines.length > 2 || (lines.length === 2 && !pipeOnLine)) break;
      if (lines.length === 2) pipeOnLine = false;
      continue;
    }
    if (lines.length > 1 && !pipeOnLine && !hasUnescapedPipe(lines[0])) break;
    const last = lines.length > 0 && hasUnescapedPipe(lines[lines.length - 1]);
    pipeOnLine = (lines.length > 1 ? false : pipeOnLine) || last;
  }
  return pipeOnLine;
}
