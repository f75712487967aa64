/**
 * Liquid literals the Ruby way. Ruby Liquid reads `1.0` as a Float (printed `1.0`, and `5 | times: 1.0`
 * is `5.0`) and takes quoted strings verbatim (`"a\nb"` keeps its backslash). liquidjs builds these
 * token values in its token constructors, so the Ruby reading is installed on those token classes.
 */
import { Tokenizer } from '../liquidjs.js';
import { RubyFloat } from '../../values/float.js';

export type LiteralDropKind = 'nil' | 'empty' | 'blank';

function literalToken(source: string): object & { content: unknown } {
  return new Tokenizer(source).readValue() as unknown as object & { content: unknown };
}

const NIL_DROP = literalToken('nil').content as object;
const EMPTY_DROP = literalToken('empty').content as object;
const BLANK_DROP = literalToken('blank').content as object;

/** Which liquidjs literal drop (`nil`, `empty`, `blank`) a value is, if any. */
export function literalDropKind(value: unknown): LiteralDropKind | null {
  if (value === null || typeof value !== 'object') return null;
  if (value === NIL_DROP || value.constructor === NIL_DROP.constructor) return 'nil';
  if (value.constructor === BLANK_DROP.constructor) return 'blank';
  if (value.constructor === EMPTY_DROP.constructor) return 'empty';
  return null;
}

/** `1.0`, `2.50` → Float; `3` → Integer. */
function rubyNumberLiteral(text: string): number | RubyFloat {
  const n = Number(text);
  return text.includes('.') && Number.isInteger(n) ? new RubyFloat(n) : n;
}

function rubyStringLiteral(text: string): string {
  return text.slice(1, -1);
}

type TextToken = { getText(): string };

function defineContentReader(proto: object, read: (text: string) => unknown): void {
  if (Object.prototype.hasOwnProperty.call(proto, 'content')) return;
  Object.defineProperty(proto, 'content', {
    configurable: true,
    get: () => undefined,
    set(this: TextToken) {
      Object.defineProperty(this, 'content', {
        value: read(this.getText()),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    },
  });
}

/** Makes liquidjs read number and string literals as Ruby Liquid does. Safe to call more than once. */
export function installRubyLiterals(): void {
  defineContentReader(Object.getPrototypeOf(literalToken('1.0')), rubyNumberLiteral);
  defineContentReader(Object.getPrototypeOf(literalToken('"x"')), rubyStringLiteral);
}
