import { isAscii } from './ascii-pattern.js';
import type { LexerDefinition, Rule, StateEntry } from './lexer-definition.js';
import { appendMergedToken, type Token } from './token.js';

/** Finds the definition of another lexer by tag (for delegation); null when there is none. */
export type LexerResolver = (tag: string) => LexerDefinition | null;

/** A state on the stack: a named state of the definition, or rules made while lexing (Rouge's `push do ... end`). */
interface LexerState {
  readonly name: string;
  readonly entries: readonly StateEntry[];
}

/** Rouge gives up on a position after this many rules in a row that matched the empty string. */
const MAX_EMPTY_MATCHES = 5;
/** A step that gave up after too many empty matches: Rouge then yields one character as Error. */
const STUCK = 'stuck';

/**
 * One lexing of one text by one lexer definition: the state stack, the per-run
 * variables and the token output, with the operations Rouge's rule callbacks use.
 */
export class LexingRun<V = unknown> {
  readonly definition: LexerDefinition<V>;
  readonly vars: V;
  private readonly resolve: LexerResolver;
  private readonly stack: LexerState[] = [];
  private readonly children = new Map<string, LexingRun>();
  private output: Token[] = [];
  /** Whether the text being lexed is all ASCII (its rules then run their cheaper patterns). */
  private asciiText = false;
  private emptyMatches = 0;
  private started = false;

  constructor(definition: LexerDefinition<V>, resolve: LexerResolver) {
    this.definition = definition;
    this.resolve = resolve;
    this.vars = definition.createVars ? definition.createVars() : (undefined as V);
    this.stack.push(this.namedState('root'));
  }

  /** Lexes `text`, continuing from the current state stack (Rouge's continue_lex). */
  lex(text: string): Token[] {
    const produced: Token[] = [];
    const previous = this.output;
    const previousAscii = this.asciiText;
    this.output = produced;
    this.asciiText = isAscii(text);
    if (!this.started) {
      this.started = true;
      this.definition.start?.(this);
    }
    if (this.definition.lexText) {
      this.definition.lexText(this, text);
    } else {
      this.scan(text);
    }
    this.output = previous;
    this.asciiText = previousAscii;
    return produced;
  }

  private scan(text: string): void {
    let position = 0;
    while (position < text.length) {
      const next = this.step(this.currentState().entries, text, position);
      if (next === null || next === STUCK) {
        const char = String.fromCodePoint(text.codePointAt(position) ?? 0);
        this.token('err', char);
        position += char.length;
      } else {
        position = next;
      }
    }
  }

  /**
   * Tries the rules of one state at `position`; returns the new position, or null when none applies.
   * Like Ruby's StringScanner, each pattern sees the text from `position` on: `^` and `\b` hold at its
   * start and look-behinds cannot see earlier text.
   */
  private step(entries: readonly StateEntry[], text: string, position: number): number | typeof STUCK | null {
    const rest = text.slice(position);
    for (const entry of entries) {
      if (entry.kind === 'mixin') {
        const result = this.step(this.namedState(entry.state).entries, text, position);
        if (result !== null) return result;
        continue;
      }
      const end = this.tryRule(entry, text, rest, position);
      if (end === undefined) continue;
      return end;
    }
    return null;
  }

  /** Returns the new position when the rule matched, STUCK when it matched empty too often, undefined otherwise. */
  private tryRule(entry: Rule, text: string, rest: string, position: number): number | typeof STUCK | undefined {
    if (entry.atLineStart && position > 0 && text[position - 1] !== '\n') return undefined;
    // A rule whose matches all start with one character is not run elsewhere: it is then never compiled at all.
    if (entry.firstChar !== null && text.charCodeAt(position) !== entry.firstChar) return undefined;
    const pattern = entry.patterns.of(this.asciiText);
    pattern.lastIndex = 0;
    const match = pattern.exec(rest);
    if (match === null) return undefined;
    this.apply(entry, match);
    if (match[0].length === 0) {
      this.emptyMatches += 1;
      if (this.emptyMatches > MAX_EMPTY_MATCHES) return STUCK;
    } else {
      this.emptyMatches = 0;
    }
    return position + match[0].length;
  }

  private apply(entry: Rule, match: RegExpExecArray): void {
    if (entry.callback !== null) {
      entry.callback(this, match);
      return;
    }
    this.token(entry.cls ?? '', match[0]);
    if (entry.next !== null) this.moveTo(entry.next);
  }

  private namedState(name: string): LexerState {
    const entries = this.definition.states[name];
    if (entries === undefined) throw new Error(`lexer ${this.definition.tag}: unknown state ${name}`);
    return { name, entries };
  }

  private currentState(): LexerState {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) throw new Error(`lexer ${this.definition.tag}: empty state stack`);
    return top;
  }

  // ---- operations for rule callbacks (Rouge's RegexLexer API) ----

  /** Yields text with a class ("" = plain text). Empty text yields nothing. */
  token(cls: string, text: string): void {
    appendMergedToken(this.output, cls, text);
  }

  /** Yields capture group i+1 with classes[i]; missing groups yield nothing. */
  groups(match: RegExpExecArray, ...classes: string[]): void {
    classes.forEach((cls, i) => this.token(cls, match[i + 1] ?? ''));
  }

  /** Follows a rule's next-state: '#pop', '#push' (the current state again) or a state name. */
  moveTo(next: string): void {
    if (next === '#pop') this.pop();
    else if (next === '#push') this.stack.push(this.currentState());
    else this.push(next);
  }

  push(state: string): void {
    this.stack.push(this.namedState(state));
  }

  /** Pushes rules made while lexing (Rouge's `push do ... end`). */
  pushRules(name: string, entries: readonly StateEntry[]): void {
    this.stack.push({ name, entries });
  }

  pop(times = 1): void {
    for (let i = 0; i < times && this.stack.length > 0; i += 1) this.stack.pop();
    if (this.stack.length === 0) this.stack.push(this.namedState('root'));
  }

  goto(state: string): void {
    this.stack[this.stack.length - 1] = this.namedState(state);
  }

  resetStack(): void {
    this.stack.length = 0;
    this.stack.push(this.namedState('root'));
  }

  /** True when `state` is anywhere on the stack. */
  inState(state: string): boolean {
    return this.stack.some((entry) => entry.name === state);
  }

  /** True when `state` is the current state. */
  isState(state: string): boolean {
    return this.currentState().name === state;
  }

  stackDepth(): number {
    return this.stack.length;
  }

  /**
   * Lexes `text` with another lexer and yields its tokens. The other lexer keeps its
   * state between calls with the same `key` (Rouge keeps one delegate instance per run).
   * Unknown tags yield the text as plain text.
   */
  delegate(tag: string, text: string, key: string = tag): void {
    const child = this.child(tag, key);
    if (child === null) {
      this.token('', text);
      return;
    }
    for (const t of child.lex(text)) this.token(t.cls, t.text);
  }

  /** Lexes `text` with a fresh run of another lexer (Rouge creating a new lexer instance). */
  delegateFresh(tag: string, text: string): void {
    const definition = this.resolve(tag);
    if (definition === null) {
      this.token('', text);
      return;
    }
    for (const t of new LexingRun(definition, this.resolve).lex(text)) this.token(t.cls, t.text);
  }

  /** Lexes `text` with a fresh run of this same lexer (Rouge's `recurse`). */
  recurse(text: string): void {
    for (const t of new LexingRun(this.definition, this.resolve).lex(text)) this.token(t.cls, t.text);
  }

  /** Forgets a delegate's state, so its next text starts from its root state (Rouge's `reset!`). */
  resetChild(key: string): void {
    this.children.delete(key);
  }

  /** Whether another lexer exists for `tag` in this highlighter. */
  hasLexer(tag: string): boolean {
    return this.resolve(tag) !== null;
  }

  private child(tag: string, key: string): LexingRun | null {
    const existing = this.children.get(key);
    if (existing !== undefined) return existing;
    const definition = this.resolve(tag);
    if (definition === null) return null;
    const created = new LexingRun(definition, this.resolve);
    this.children.set(key, created);
    return created;
  }
}
