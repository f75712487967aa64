import type { LexingRun } from './lexing-run.js';
import { asciiSource } from './ascii-pattern.js';
import { requiredFirstChar } from './first-char.js';
import { withRubyLineSemantics } from './ruby-regexp.js';

/** What a rule does with its match: yield the whole match as one class, or run a callback. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RuleCallback<V = any> = (run: LexingRun<V>, match: RegExpExecArray) => void;

/** Where the state stack goes after a rule: a state name, '#pop' or '#push' (push the current state again). */
export type NextState = string;

export interface Rule {
  readonly kind: 'rule';
  /** Sticky, multiline versions of the rule's pattern, made when first run. */
  readonly patterns: StickyPatterns;
  /** True when the pattern starts with `^`: Rouge tries such rules only at the beginning of a line. */
  readonly atLineStart: boolean;
  /** The UTF-16 code every match starts with, when the pattern makes that plain (see requiredFirstChar). */
  readonly firstChar: number | null;
  readonly cls: string | null;
  readonly callback: RuleCallback | null;
  readonly next: NextState | null;
}

export interface Mixin {
  readonly kind: 'mixin';
  readonly state: string;
}

export type StateEntry = Rule | Mixin;

/** A lexer in the shape of Rouge's RegexLexer: named states of ordered rules, with optional per-run variables. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface LexerDefinition<V = any> {
  readonly tag: string;
  readonly states: Readonly<Record<string, readonly StateEntry[]>>;
  /** Creates the run's variables (Rouge's instance variables set in `start` blocks). */
  readonly createVars?: () => V;
  /** Runs before lexing starts (Rouge's `start` block). */
  readonly start?: (run: LexingRun<V>) => void;
  /** A lexer that does not use states: yields the tokens of the whole text itself (Rouge's own stream_tokens). */
  readonly lexText?: (run: LexingRun<V>, text: string) => void;
}

/**
 * A rule's pattern as the engine runs it: anchored at the scan position, with Ruby's `^`, `$` and `.`; for a text
 * of ASCII characters alone, the cheaper pattern that is the same on it (see asciiSource). Each is made when first
 * asked for: constructing a pattern already parses it, and many rules are never run.
 */
export class StickyPatterns {
  private full: RegExp | null = null;
  private ascii: RegExp | null = null;

  constructor(private readonly source: RegExp) {}

  of(asciiText: boolean): RegExp {
    const { source, flags } = this.source;
    if (!asciiText) return (this.full ??= stickyPattern(source, flags));
    return (this.ascii ??= stickyPattern(asciiSource(source, flags) ?? source, flags));
  }
}

function stickyPattern(source: string, sourceFlags: string): RegExp {
  const flags = new Set(sourceFlags.replace(/[gy]/g, ''));
  flags.add('y');
  flags.add('m');
  return new RegExp(withRubyLineSemantics(source, flags.has('s')), [...flags].join(''));
}

/** `rule(/re/, 'k')`, `rule(/re/, 'k', 'state')` or `rule(/re/, (run, m) => ...)`. */
export function rule(pattern: RegExp, action: string | RuleCallback, next: NextState | null = null): Rule {
  return {
    kind: 'rule',
    patterns: new StickyPatterns(pattern),
    atLineStart: pattern.source.startsWith('^'),
    firstChar: requiredFirstChar(pattern),
    cls: typeof action === 'string' ? action : null,
    callback: typeof action === 'function' ? action : null,
    next,
  };
}

/** Rouge's `mixin :state`: try another state's rules in place. */
export function mixin(state: string): Mixin {
  return { kind: 'mixin', state };
}

/** A rule that yields each capture group with the given classes (Rouge's `groups`). */
export function groupsRule(pattern: RegExp, classes: readonly string[], next: NextState | null = null): Rule {
  const callback: RuleCallback = (run, match) => {
    run.groups(match, ...classes);
    if (next !== null) run.moveTo(next);
  };
  return rule(pattern, callback);
}
