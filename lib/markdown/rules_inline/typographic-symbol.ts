import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

const NBSP = '\u00A0';

interface Symbol {
  source: string;
  output: string;
}

/** kramdown's typographic symbols in its alternation order (typographic_symbol.rb). */
const SYMBOLS_BY_FIRST_CHAR: Record<string, Symbol[]> = {
  '-': [{ source: '---', output: '\u2014' }, { source: '--', output: '\u2013' }],
  '.': [{ source: '...', output: '\u2026' }],
  '\\': [{ source: '\\<<', output: '<<' }, { source: '\\>>', output: '>>' }],
  '<': [{ source: '<< ', output: '\u00AB' + NBSP }, { source: '<<', output: '\u00AB' }],
  '>': [{ source: '>>', output: '\u00BB' }],
};

function pushSymbol(state: StateInline, output: string, info: string): void {
  const token = state.push('text_special', '', 0);
  token.content = output;
  token.info = info;
}

export function kramdownTypographicSymbol(state: StateInline, silent: boolean): boolean {
  const candidates = SYMBOLS_BY_FIRST_CHAR[state.src[state.pos]];
  if (candidates === undefined) return false;
  for (const symbol of candidates) {
    if (!state.src.startsWith(symbol.source, state.pos) || state.pos + symbol.source.length > state.posMax) continue;
    if (!silent) {
      const raquoSpace = symbol.source === '>>' && state.pending.endsWith(' ');
      if (raquoSpace) state.pending = state.pending.slice(0, -1);
      pushSymbol(state, raquoSpace ? NBSP + symbol.output : symbol.output, 'typographic_sym');
    }
    state.pos += symbol.source.length;
    return true;
  }
  return false;
}
