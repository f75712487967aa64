import type { LexingRun } from './lexing-run.js';
import { withRubyLineSemantics } from './ruby-regexp.js';

/** What a rule does with its match: yield the whole match as one class, or run a callback. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RuleCallback<V = any> = (run: LexingRun<V>, match: RegExpExecArray) => void;

/** Where the state stack goes after a rule: a state name, '#pop' or '#push' (push the current state again). */
export type NextState = string;

export interface Rule {
  readonly kind: 'rule';
  /** Sticky, multiline version of the rule's pattern. */
  readonly pattern: RegExp;
  /** True when the pattern starts with `^`: Rouge tries such rules only at the beginning of a line. */
  readonly atLineStart: boolean;
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

/** The pattern as the engine runs it: anchored at the scan position, with Ruby's `^`, `$` and `.`. */
function stickyPattern(source: RegExp): RegExp {
  const flags = new Set(source.flags.replace(/[gy]/g, ''));
  flags.add('y');
  flags.add('m');
  return new RegExp(withRubyLineSemantics(source.source, flags.has('s')), [...flags].join(''));
}

/** `rule(/re/, 'k')`, `rule(/re/, 'k', 'state')` or `rule(/re/, (run, m) => ...)`. */
export function rule(pattern: RegExp, action: string | RuleCallback, next: NextState | null = null): Rule {
  return {
    kind: 'rule',
    pattern: stickyPattern(pattern),
    atLineStart: pattern.source.startsWith('^'),
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
