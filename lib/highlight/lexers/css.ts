import type { LexingRun } from '../lexing-run.js';
import { mixin, rule, type LexerDefinition, type StateEntry } from '../lexer-definition.js';
import { CSS_ATTRIBUTES, CSS_BUILTINS, CSS_CONSTANTS, CSS_VENDOR_PREFIXES } from './rouge-word-lists.js';

export const CSS_IDENTIFIER = String.raw`[\p{L}_-][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}-]*`;
const NUMBER = String.raw`-?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)`;
const UNITS = 'em|px|pt|pc|in|mm|cm|ex|rem|ch|vw|vh|vmin|vmax|dpi|dpcm|dppx|deg|grad|rad|turn|s|ms|Hz|kHz';

function identifierPattern(prefix = '', suffix = ''): RegExp {
  return new RegExp(`${prefix}${CSS_IDENTIFIER}${suffix}`, 'u');
}

/** Word sets a CSS-like lexer classifies property names and values by. */
export interface CssWords {
  readonly attributes: ReadonlySet<string>;
  readonly builtins: ReadonlySet<string>;
  readonly constants: ReadonlySet<string>;
  readonly vendorPrefixes: readonly string[];
}

export function cssWords(): CssWords {
  return {
    attributes: new Set(CSS_ATTRIBUTES),
    builtins: new Set(CSS_BUILTINS),
    constants: new Set(CSS_CONSTANTS),
    vendorPrefixes: CSS_VENDOR_PREFIXES,
  };
}

function propertyNameClass(words: CssWords, name: string): string {
  if (words.attributes.has(name)) return 'nl';
  if (words.vendorPrefixes.some((prefix) => name.startsWith(prefix))) return 'nl';
  return 'py';
}

function valueRules(words: CssWords): StateEntry[] {
  return [
    mixin('basics'),
    rule(/url\(.*?\)/, 'sx'),
    rule(/#[0-9a-f]{1,6}/i, 'm'),
    rule(new RegExp(`${NUMBER}(?:%|(?:${UNITS})\\b)?`), 'm'),
    rule(/[[\]():/.,]/, 'p'),
    rule(/"(\\\\|\\"|[^"])*"/, 's1'),
    rule(/'(\\\\|\\'|[^'])*'/, 's2'),
    rule(identifierPattern(), (run: LexingRun, m) => {
      if (words.constants.has(m[0])) run.token('no', m[0]);
      else if (words.builtins.has(m[0])) run.token('nb', m[0]);
      else run.token('n', m[0]);
    }),
  ];
}

/** The states of Rouge's CSS lexer. */
export function cssStates(words: CssWords): Record<string, StateEntry[]> {
  return {
    root: [
      mixin('basics'),
      rule(/\{/, 'p', 'stanza'),
      rule(identifierPattern(':[:]?'), 'nd'),
      rule(identifierPattern('\\.'), 'nc'),
      rule(identifierPattern('#'), 'nf'),
      rule(identifierPattern('@'), 'k', 'at_rule'),
      rule(identifierPattern(), 'nt'),
      rule(/[~^*!%&[\]()<>|+=@:;,./?-]/, 'o'),
      rule(/"(\\\\|\\"|[^"])*"/, 's1'),
      rule(/'(\\\\|\\'|[^'])*'/, 's2'),
    ],
    value: valueRules(words),
    at_rule: [
      rule(new RegExp(`\\{(?=\\s*${CSS_IDENTIFIER}\\s*:)`, 'u'), 'p', 'at_stanza'),
      rule(/\{/, 'p', 'at_body'),
      rule(/;/, 'p', '#pop'),
      mixin('value'),
    ],
    at_body: [mixin('at_content'), mixin('root')],
    at_stanza: [mixin('at_content'), mixin('stanza')],
    at_content: [
      rule(/\}/, (run: LexingRun, m) => {
        run.token('p', m[0]);
        run.pop(2);
      }),
    ],
    basics: [rule(/\s+/, ''), rule(/\/\*(?:[\s\S]*?)\*\//, 'c')],
    stanza: [
      mixin('basics'),
      rule(/\}/, 'p', '#pop'),
      rule(new RegExp(`(${CSS_IDENTIFIER})(\\s*)(:)`, 'u'), (run: LexingRun, m) => {
        run.groups(m, propertyNameClass(words, m[1] ?? ''), '', 'p');
        run.push('stanza_value');
      }),
    ],
    stanza_value: [
      rule(/;/, 'p', '#pop'),
      rule(/(?=\})/, (run: LexingRun) => run.pop()),
      rule(/!\s*important\b/, 'cp'),
      rule(/^@.*?$/, 'cp'),
      mixin('value'),
    ],
  };
}

/** Rouge's `css` lexer. */
export function createCssLexer(): LexerDefinition {
  return { tag: 'css', states: cssStates(cssWords()) };
}
